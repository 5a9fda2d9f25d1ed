"""The rule set: every file has a schema checked at load, every group is read by code, and a
stage can be handed a rule set of its own."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from parleygraph.extract.errors import RuleDataError
from parleygraph.extract.lexicon import SCHEMAS, Rules, default_rules, parse_rule_file
from parleygraph.extract.meetings import extract_document
from parleygraph.extract.records import Document
from parleygraph.extract.resolve import resolve

RULES = Path(str(resources.files("parleygraph.extract.rules")))
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEV = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(("name", "line", "message"), [
    ("titles.jsonl", '{"word": "Director", "level": 2}', "titles.jsonl:2: unknown key 'level'"),
    ("titles.jsonl", '{"title": "Director"}', "titles.jsonl:2: unknown key 'title'"),
    ("triggers.jsonl", '{"word": "summit"}', "triggers.jsonl:2: missing type"),
    ("triggers.jsonl", '{"word": "summit", "type": "party"}', "triggers.jsonl:2: type 'party' is not one of"),
    ("cues.jsonl", '{"word": "chaired by", "cue": "chairing"}', "cues.jsonl:2: unknown cue group 'chairing'"),
    ("calendar.jsonl", '{"word": "Monday", "group": "weekday", "value": "0"}', "calendar.jsonl:2: value '0' has the wrong type"),
    ("countries.jsonl", '{"code": "KZ", "name": "Kazakhstan", "aliases": "Kazakh"}', "countries.jsonl:2: aliases 'Kazakh' has the wrong type"),
    ("org_heads.jsonl", '{"word": "Agency"', "org_heads.jsonl:2: not valid JSON"),
    ("org_heads.jsonl", '["Agency"]', "org_heads.jsonl:2: expected a JSON object"),
])
def test_lexicon_rejects_a_bad_row_naming_file_and_line(name: str, line: str, message: str) -> None:
    with pytest.raises(RuleDataError, match=re.escape(message)):
        parse_rule_file(SCHEMAS[name], "// a comment\n" + line, f"rules/{name}")


def test_lexicon_rejects_a_duplicate_naming_both_lines() -> None:
    text = '{"word": "Director"}\n{"word": "Deputy"}\n{"word": "Director"}'
    with pytest.raises(RuleDataError, match=r"rules/titles.jsonl:3: duplicate entry \(first on line 1\)"):
        parse_rule_file(SCHEMAS["titles.jsonl"], text, "rules/titles.jsonl")


def _copy_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in SCHEMAS:
        shutil.copy(RULES / name, folder / name)
    return folder


def test_lexicon_rejects_an_empty_group_and_a_missing_file(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    cues = (folder / "cues.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "cues.jsonl").write_text("\n".join(x for x in cues if '"cue": "margins"' not in x) + "\n")
    with pytest.raises(RuleDataError, match="rules/cues.jsonl: group 'margins' has no entries"):
        Rules.from_dir(folder)
    (folder / "cues.jsonl").unlink()
    with pytest.raises(RuleDataError, match="cues.jsonl: missing rule file"):
        Rules.from_dir(folder)


def test_lexicon_types_rank_every_event_type(tmp_path: Path) -> None:
    folder = _copy_rules(tmp_path)
    rows = (folder / "types.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "types.jsonl").write_text("\n".join(x for x in rows if "webinar" not in x) + "\n")
    with pytest.raises(RuleDataError, match="rules/types.jsonl: event type 'webinar' is not ranked"):
        Rules.from_dir(folder)


def test_lexicon_every_group_is_read_by_code() -> None:
    """Extract the seeds and two development sets with a fresh rule set and resolve their
    identities: every group of every group file has been read (a group no code reads could not be loaded: it is unknown)."""
    rules = Rules.from_dir(RULES)
    paths = sorted(SEEDS.glob("*.txt")) + sorted((DEV / "dev5").glob("dev5_*.txt")) + sorted((DEV / "dev12").glob("dev12_*.txt"))
    meetings = []
    for p in paths:
        meetings += extract_document(Document(doc=p.name, text=p.read_text(encoding="utf-8")), rules=rules)
    resolve(meetings, rules=rules)
    declared = {g for schema in SCHEMAS.values() for g in schema.groups}
    assert declared - rules.groups_read() == set()


def test_lexicon_a_stage_takes_its_own_rules() -> None:
    """A title the package does not know makes a person once a test adds it."""
    text = "Warden Jan Kowal met the delegation in Almaty on 2 May 2023."
    plain = extract_document(Document(doc="x.txt", text=text))
    assert [p.name for m in plain for p in m.persons] == []
    rules = default_rules().with_rows("titles.jsonl", [{"word": "Warden"}])
    own = extract_document(Document(doc="x.txt", text=text), rules=rules)
    assert [(p.name, p.role) for m in own for p in m.persons] == [("Jan Kowal", "Warden")]


def test_lexicon_a_new_cue_phrase_changes_a_decision() -> None:
    """'presided by' is no chair cue of the package; added to the group, it makes a chair."""
    text = "The meeting, presided by Colonel Jan Kowal, was held in Almaty on 2 May 2023."
    assert extract_document(Document(doc="x.txt", text=text))[0].chairs == ()
    rules = default_rules().with_rows("cues.jsonl", [{"word": "presided by", "cue": "chair"}])
    assert extract_document(Document(doc="x.txt", text=text), rules=rules)[0].chairs == ("Jan Kowal",)


def test_lexicon_rules_are_read_only() -> None:
    r = default_rules()
    with pytest.raises(TypeError):
        r.rows["titles.jsonl"] = ()  # type: ignore[index]
