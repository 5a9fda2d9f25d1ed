"""An HTML reference of the ontology, generated from ``ontology/parleygraph.ttl`` (offline).

:func:`ontology_html` lists every class, object property, datatype property and named
individual the ontology defines, with its label, comment, super-classes, domain, range, the
terms it points to (``rdfs:seeAlso``) and an anchor per term, so ``ontology.html#Meeting`` links
to one term. The build writes it as ``ontology.html`` beside ``graph.html``, which links to it;
``docs/ontology.html`` is the same page for the README.
"""

from __future__ import annotations

import html
from importlib.resources import files

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

__all__ = ["ontology_html", "ontology_terms", "SECTIONS"]

PG = "https://w3id.org/parleygraph/ns#"
SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Named individuals", OWL.NamedIndividual),
)
_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
        "color:#1f2430;line-height:1.45}h1{margin-bottom:.2rem}code{background:#f3f4f6;"
        "padding:0 .25rem;border-radius:3px}section.term{border-top:1px solid #e2e5ea;"
        "padding:.4rem 0 .6rem}section.term h3{margin:.3rem 0;font-size:1.05rem}"
        "dl{display:grid;grid-template-columns:9rem 1fr;gap:.1rem .8rem;margin:.3rem 0}"
        "dt{color:#6b7280}dd{margin:0}nav ul{columns:3;font-size:.9rem}"
        ".muted{color:#6b7280}")


def _graph() -> Graph:
    g = Graph()
    g.parse(data=files("parleygraph.ontology").joinpath("parleygraph.ttl").read_text(
        encoding="utf-8"), format="turtle")
    return g


def ontology_terms(g: Graph | None = None) -> dict[str, list[str]]:
    """The local names of the ontology's terms, by section (what the page must list).

    >>> "Meeting" in ontology_terms()["Classes"]
    True
    """
    g = g if g is not None else _graph()
    out: dict[str, list[str]] = {}
    for title, kind in SECTIONS:
        out[title] = sorted(str(s)[len(PG):] for s in set(g.subjects(RDF.type, kind))
                            if str(s).startswith(PG))
    return out


def _name(g: Graph, term: object) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(PG):
            local = text[len(PG):]
            return f'<a href="#{html.escape(local)}"><code>pg:{html.escape(local)}</code></a>'
        try:
            prefix, _ns, local = g.compute_qname(term, generate=False)
            return f'<a href="{html.escape(text)}"><code>{prefix}:{html.escape(local)}</code></a>'
        except Exception:  # noqa: BLE001 - no prefix bound: the IRI itself
            return f'<a href="{html.escape(text)}"><code>{html.escape(text)}</code></a>'
    if isinstance(term, Literal):
        return html.escape(str(term))
    return '<span class="muted">(anonymous)</span>'


def ontology_html() -> str:
    """The reference page (same ontology, same bytes)."""
    g = _graph()
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    title = str(g.value(onto, RDFS.label) or "Ontology")
    terms = ontology_terms(g)
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
           'style-src \'unsafe-inline\'">',
           f"<title>{html.escape(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{html.escape(title)}</h1>",
           f'<p class="muted">Namespace <code>{PG}</code> (prefix <code>pg:</code>), version '
           f'{html.escape(str(g.value(onto, OWL.versionInfo) or ""))}. Generated from '
           "<code>ontology/parleygraph.ttl</code>, the single source of truth of these terms.</p>",
           f"<p>{html.escape(str(g.value(onto, RDFS.comment) or ''))}</p>",
           "<nav><h2>Contents</h2>"]
    for section, names in terms.items():
        out.append(f"<h3>{section} ({len(names)})</h3><ul>"
                   + "".join(f'<li><a href="#{n}">pg:{n}</a></li>' for n in names) + "</ul>")
    out.append("</nav>")
    rows = (("Label", RDFS.label), ("Type", RDF.type), ("Subclass of", RDFS.subClassOf),
            ("Subproperty of", RDFS.subPropertyOf), ("Domain", RDFS.domain),
            ("Range", RDFS.range), ("One of", OWL.oneOf), ("See also", RDFS.seeAlso))
    for section, names in terms.items():
        out.append(f"<h2>{section}</h2>")
        for n in names:
            s = URIRef(PG + n)
            out.append(f'<section class="term" id="{n}"><h3>pg:{n}</h3>')
            comment = g.value(s, RDFS.comment)
            if comment:
                out.append(f"<p>{html.escape(str(comment))}</p>")
            out.append("<dl>")
            out.append(f"<dt>IRI</dt><dd><code>{html.escape(str(s))}</code></dd>")
            for label, pred in rows:
                if pred == OWL.oneOf:
                    head = g.value(s, OWL.oneOf)
                    values = list(g.items(head)) if head is not None else []
                else:
                    values = sorted(g.objects(s, pred), key=str)
                if pred == RDF.type:
                    values = [v for v in values if v != OWL.NamedIndividual or section
                              == "Named individuals"]
                if values:
                    out.append(f"<dt>{label}</dt><dd>"
                               + ", ".join(_name(g, v) for v in values) + "</dd>")
            members = sorted(g.subjects(RDF.type, s), key=str)
            if members:
                out.append("<dt>Values</dt><dd>" + ", ".join(_name(g, v) for v in members)
                           + "</dd>")
            subs = sorted(g.subjects(RDFS.subClassOf, s), key=str)
            if subs:
                out.append("<dt>Subclasses</dt><dd>" + ", ".join(_name(g, v) for v in subs)
                           + "</dd>")
            out.append("</dl></section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
