"""``parleygraph serve``: a SPARQL 1.1 Protocol endpoint fit to leave running on a laptop.

Configured as one would configure Oxigraph's or Fuseki's server for a researcher's machine:

- **read-only**, and **no federation**: a query using ``SERVICE`` is refused (403) unless the
  server was started with ``allow_federation`` (``--allow-federation``), so the endpoint never
  sends a request anywhere on a client's behalf;
- **no wildcard CORS**: a web page of another origin may read answers only if that origin was
  named (``--cors ORIGIN``, repeatable; ``--cors '*'`` asks for the wildcard); on a loopback
  address, requests whose ``Host`` is not a loopback name are refused (DNS rebinding);
- **a query timeout that stops the query**: every query runs in a worker process; one still
  running after ``timeout`` seconds (default 30), or whose client has gone, is killed and the
  client gets 503. Workers are forked from a small process that holds the loaded store, so a
  replacement starts in milliseconds without reloading the graph;
- **bounded work**: a fixed pool of handler threads takes connections from a bounded queue;
  beyond it a client gets 503 at once rather than a reset; the listen backlog is deep enough
  for hundreds of simultaneous clients; request bodies over ``max_body`` bytes get 413, results
  over ``max_result`` bytes 500 with a message;
- **every malformed request gets a 4xx with a one-line message**, never a traceback: a bad
  ``Content-Length``, a body or query string that is not UTF-8, a missing query, an unknown
  path or method.
"""

from __future__ import annotations

import ipaddress
import os
import queue
import re
import select
import signal
import socket
import socketserver
import struct
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from parleygraph.extract.errors import InputError
from parleygraph.graph import query_page

__all__ = ["EndpointConfig", "EndpointServer", "QueryPool", "make_server", "serve", "uses_service"]


@dataclass(frozen=True, slots=True)
class EndpointConfig:
    """How the endpoint behaves; every field has the ``serve`` option of the same name.

    >>> EndpointConfig().timeout
    30.0
    """

    timeout: float = 30.0
    allow_federation: bool = False
    cors: tuple[str, ...] = ()
    max_body: int = 1_000_000
    max_result: int = 100_000_000
    threads: int = 16
    queue: int = 256
    workers: int = 0
    """Query worker processes; 0: the CPUs available, at most 4."""


# --------------------------------------------------------------------------- SERVICE detection

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_SERVICE = re.compile(r"(?<![\w:?$.\-])SERVICE(?![\w:\-])", re.I)
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _code(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked: what is left are keywords, names,
    variables and punctuation."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":  # an escape in a prefixed name (ex:a\\#b): the next character is a name's
            out.append("_")
            i += 2
            continue
        if ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch == "<":
            m = _IRIREF.match(text, i)
            if m:
                out.append(" ")
                i = m.end()
                continue
        if ch in "'\"":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                if len(quote) == 1 and text[j] == "\n":
                    break
                j += 2 if text[j] == "\\" else 1
            out.append(" ")
            i = j + len(quote)
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def uses_service(sparql: str) -> bool:
    """Whether a query uses ``SERVICE`` (federation), ignoring the word in strings, IRIs,
    comments, variables and prefixed names. Errs on the side of yes.

    >>> uses_service("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service WHERE { ?service <http://x/p> "SERVICE" } # SERVICE')
    False
    """
    def unescape(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return " "

    for text in (sparql, _UCHAR.sub(unescape, sparql)):
        if _SERVICE.search(text) and _SERVICE.search(_code(text)):
            return True
    return False


# --------------------------------------------------------------------------- query workers

_RESULT_TYPES = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("application/xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
_GRAPH_TYPES = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]


def _negotiate(accept: str, table: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The first offered type the client accepts, by its q order; the first offer by default."""
    wanted: list[tuple[float, int, str]] = []
    for n, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0]:
            wanted.append((-q, n, fields[0].lower()))
    for _q, _n, mime in sorted(wanted):
        if _q == 0:
            continue
        for offer, fmt in table:
            if mime == offer or mime == "*/*" or (mime.endswith("/*") and offer.startswith(mime[:-1])):
                return offer, fmt
    return table[0]


class _ResultTooLarge(Exception):
    pass


class _Capped:
    """A binary writer that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _ResultTooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _run_query(store: ox.Store, sparql: str, accept: str, limit: int) -> tuple[int, str, bytes]:
    """``(status, content type, body)`` of one query, in a worker process."""
    from parleygraph.graph.rdf import NS

    try:
        result = store.query(sparql)
        out = _Capped(limit)
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            mime, fmt = _negotiate(accept, _RESULT_TYPES)
            result.serialize(cast(IO[bytes], out), format=fmt)
        else:
            mime, fmt = _negotiate(accept, _GRAPH_TYPES)
            ox.serialize(result, cast(IO[bytes], out), format=fmt, prefixes=dict(NS))
    except SyntaxError as e:
        return 400, "text/plain", f"invalid SPARQL: {_line(str(e))}\n".encode()
    except _ResultTooLarge:
        return 500, "text/plain", (f"the result is larger than {limit:,} bytes (the endpoint's "
                                   "--max-result-mb); add a LIMIT\n").encode()
    except Exception as e:  # noqa: BLE001 - an evaluation error is the client's answer
        return 500, "text/plain", f"query failed: {_line(str(e))}\n".encode()
    charset = "; charset=utf-8" if mime.startswith("text/") or "json" in mime or "xml" in mime else ""
    return 200, mime + charset, b"".join(out.parts)


def _line(text: str) -> str:
    return " ".join(text.split())[:2000]


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # pragma: no cover - not Linux
        pass


def _worker_loop(conn: Connection, store: ox.Store) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(_run_query(store, *job))
        except (OSError, ValueError):
            return


def _zygote(ctl: socket.socket, store: ox.Store) -> None:
    """Fork a query worker on each request and pass its end of a socket pair back."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
    while True:
        try:
            cmd = ctl.recv(1)
        except OSError:
            return
        if not cmd:
            return
        a, b = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _die_with_parent()
                ctl.close()
                a.close()
                _worker_loop(Connection(b.detach()), store)
            finally:
                os._exit(0)
        b.close()
        try:
            socket.send_fds(ctl, [struct.pack("i", pid)], [a.fileno()])
        except OSError:
            return
        finally:
            a.close()


@dataclass(slots=True)
class _QueryWorker:
    pid: int
    conn: Connection


@dataclass(slots=True)
class QueryPool:
    """Query worker processes over one loaded store; a worker can be killed mid-query.

    The store is loaded in this process, then a *zygote* process is forked (before any thread
    is started) and this process lets go of the store; every worker is a fork of the zygote.
    """

    size: int
    zygote_pid: int = 0
    ctl: socket.socket | None = None
    idle: queue.Queue = field(default_factory=queue.Queue)
    lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False

    @classmethod
    def start(cls, store: ox.Store, size: int) -> QueryPool:
        pool = cls(size=size)
        parent, child = socket.socketpair()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the zygote: never returns into the caller's code
            try:
                _die_with_parent()
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                parent.close()
                _zygote(child, store)
            finally:
                os._exit(0)
        child.close()
        pool.zygote_pid, pool.ctl = pid, parent
        for _ in range(size):
            pool.idle.put(pool._spawn())
        return pool

    def _spawn(self) -> _QueryWorker:
        with self.lock:
            assert self.ctl is not None
            self.ctl.sendall(b"F")
            msg, fds, _flags, _addr = socket.recv_fds(self.ctl, 16, 1)
        if not fds:
            raise OSError("the query worker could not be started")
        return _QueryWorker(struct.unpack("i", msg[:4])[0], Connection(fds[0]))

    def acquire(self, timeout: float) -> _QueryWorker | None:
        try:
            return self.idle.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return None

    def release(self, w: _QueryWorker) -> None:
        if self.closed:
            self._kill(w)
        else:
            self.idle.put(w)

    def _kill(self, w: _QueryWorker) -> None:
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        w.conn.close()

    def replace(self, w: _QueryWorker) -> None:
        """Kill a worker (a runaway query) and put a fresh one in the pool."""
        self._kill(w)
        if not self.closed:
            try:
                self.idle.put(self._spawn())
            except OSError:
                pass

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self._kill(self.idle.get_nowait())
            except queue.Empty:
                break
        if self.ctl is not None:
            self.ctl.close()
        if self.zygote_pid:
            try:
                os.kill(self.zygote_pid, signal.SIGKILL)
                os.waitpid(self.zygote_pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.zygote_pid = 0


# --------------------------------------------------------------------------- HTTP

_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


class _Handler(BaseHTTPRequestHandler):
    server: EndpointServer
    server_version = "parleygraph-sparql/0.2"
    protocol_version = "HTTP/1.0"  # one request per connection: no idle client holds a thread
    timeout = 20  # seconds a client may take to send its request

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    # -- responses
    def _cors(self) -> dict[str, str]:
        allowed = self.server.config.cors
        origin = self.headers.get("Origin") if self.headers else None
        if "*" in allowed:
            value = "*"
        elif origin and origin in allowed:
            value = origin
        else:
            return {}
        return {"Access-Control-Allow-Origin": value, "Vary": "Origin",
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "86400"}

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for k, v in {**self._cors(), **(extra or {})}.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's errors (bad request line, header too long...) as plain text."""
        self.close_connection = True
        text = message or self.responses.get(code, ("error",))[0]
        if not hasattr(self, "headers"):
            self.headers = None  # type: ignore[assignment]
        if getattr(self, "request_version", "") not in ("HTTP/1.0", "HTTP/1.1"):
            self.request_version = "HTTP/1.0"  # else no status line would be written (HTTP/0.9)
        if code == 501:  # an unknown method: the client's error
            return self._error(405, f"method {_line(self.command or '')[:20]!r} not allowed; "
                                    "use GET or POST", {"Allow": "GET, HEAD, POST, OPTIONS"})
        if code == 505:
            code, text = 400, f"unsupported HTTP version ({text}); use HTTP/1.0 or HTTP/1.1"
        self._error(code, _line(text))

    # -- checks
    def _host_ok(self) -> bool:
        if not self.server.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        if not host:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in _LOOPBACK_NAMES

    def _route(self) -> bool:
        if not self._host_ok():
            self._error(403, "this endpoint answers only requests addressed to localhost "
                             "(Host header); see serve --host")
            return False
        path = urllib.parse.urlsplit(self.path).path
        if path not in ("/", "/sparql") and query_page.route(path) is None:
            self._error(404, "not found; the endpoint is /sparql")
            return False
        return True

    # -- methods
    def do_OPTIONS(self) -> None:  # noqa: N802 - stdlib naming
        if self._route():
            self._send(204, b"", "text/plain", {"Allow": "GET, HEAD, POST, OPTIONS"})

    def do_GET(self) -> None:  # noqa: N802
        if not self._route():
            return
        query = urllib.parse.urlsplit(self.path).query
        try:
            params = urllib.parse.parse_qs(query, keep_blank_values=True, errors="strict",
                                           max_num_fields=32)
        except UnicodeDecodeError:
            return self._error(400, "the query string is not UTF-8 (percent-encode UTF-8 bytes)")
        except ValueError as e:
            return self._error(400, f"bad query string: {e}")
        if "query" not in params:
            if params:
                return self._error(400, "missing 'query' parameter")
            page = query_page.route(urllib.parse.urlsplit(self.path).path)
            if page is not None:  # the query page (YASGUI, bundled) and its assets
                return self._send(200, *page)
            return self._send(200, _INDEX.encode("utf-8"), "text/html; charset=utf-8")
        self._answer(params["query"])

    do_HEAD = do_GET

    def _not_allowed(self) -> None:
        self._error(405, f"method {self.command} not allowed; use GET or POST",
                    {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = do_TRACE = do_CONNECT = _not_allowed

    def do_POST(self) -> None:  # noqa: N802
        if not self._route():
            return
        raw = self.headers.get("Content-Length")
        if raw is None:
            self.close_connection = True
            if self.headers.get("Transfer-Encoding"):
                return self._error(411, "chunked request bodies are not accepted; send Content-Length")
            return self._error(411, "Content-Length is required")
        if not raw.strip().isdigit():
            self.close_connection = True
            return self._error(400, f"invalid Content-Length {_line(raw)[:40]!r}")
        length = int(raw.strip())
        limit = self.server.config.max_body
        if length > limit:
            self.close_connection = True
            return self._error(413, f"request body of {length:,} bytes is larger than the limit "
                                    f"of {limit:,} (--max-body)")
        try:
            data = self.rfile.read(length) if length else b""
        except TimeoutError:
            self.close_connection = True
            return self._error(408, "the request body did not arrive in time")
        if len(data) < length:
            self.close_connection = True
            return self._error(400, f"the request body is shorter than Content-Length ({len(data)} "
                                    f"of {length} bytes)")
        try:
            body = data.decode("utf-8")
        except UnicodeDecodeError:
            return self._error(400, "the request body is not UTF-8")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return self._answer([body])
        if ctype == "application/x-www-form-urlencoded":
            try:
                params = urllib.parse.parse_qs(body, keep_blank_values=True, errors="strict",
                                               max_num_fields=32)
            except (UnicodeDecodeError, ValueError) as e:
                return self._error(400, f"bad form body: {_line(str(e))}")
            if "update" in params:
                return self._error(403, "this endpoint is read-only: SPARQL Update is not accepted")
            if "query" not in params:
                return self._error(400, "missing 'query' parameter")
            return self._answer(params["query"])
        if ctype == "application/sparql-update":
            return self._error(403, "this endpoint is read-only: SPARQL Update is not accepted")
        self._error(415, "use application/sparql-query or application/x-www-form-urlencoded")

    # -- the query itself
    def _answer(self, queries: list[str]) -> None:
        if len(queries) != 1:
            return self._error(400, "give exactly one 'query' parameter")
        sparql = queries[0]
        if not sparql.strip():
            return self._error(400, "the query is empty")
        cfg = self.server.config
        if not cfg.allow_federation and uses_service(sparql):
            return self._error(403, "SERVICE (federated query) is disabled on this endpoint; "
                                    "start it with --allow-federation to allow it")
        pool = self.server.pool
        deadline = time.monotonic() + cfg.timeout
        w = pool.acquire(deadline - time.monotonic())
        if w is None:
            return self._error(503, f"all query workers stayed busy for {cfg.timeout:g} s; "
                                    "try again later", {"Retry-After": "5"})
        job = (sparql, self.headers.get("Accept") or "", cfg.max_result)
        try:
            w.conn.send(job)
        except OSError:
            pool.replace(w)
            return self._error(503, "the query worker was lost; try again", {"Retry-After": "1"})
        watch: list[Any] = [w.conn, self.connection]
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                pool.replace(w)
                return self._error(503, f"the query was stopped after {cfg.timeout:g} s "
                                        "(the endpoint's --timeout)")
            ready = wait(watch, timeout=left)
            if w.conn in ready:
                try:
                    status, ctype, body = w.conn.recv()
                except (EOFError, OSError):
                    pool.replace(w)
                    return self._error(500, "the query worker died (out of memory?)")
                pool.release(w)
                return self._send(status, body, ctype)
            if self.connection in ready and self._client_gone():
                pool.replace(w)  # nobody is waiting for the answer: stop working on it
                self.close_connection = True
                return
            if self.connection in ready:
                watch = [w.conn]  # the client sent more; only the worker matters now

    def _client_gone(self) -> bool:
        try:
            return self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True


_INDEX = """<!doctype html><meta charset="utf-8"><title>parleygraph SPARQL endpoint</title>
<h1>parleygraph SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/sparql</code> (GET <code>?query=</code>, POST form or
<code>application/sparql-query</code>); read-only; no federation unless started with
<code>--allow-federation</code>.</p>
<form action="/sparql" method="get"><textarea name="query" rows="8" cols="80">
SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea><br>
<button>Run</button></form>
"""

_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
         b"Content-Length: 41\r\nRetry-After: 1\r\nConnection: close\r\n\r\n"
         b"the endpoint is busy; try again shortly\r\n")


class EndpointServer(socketserver.TCPServer):
    """A threaded HTTP server with a fixed pool of handler threads and a bounded queue.

    Connections are accepted as fast as they come (listen backlog 1024) and queued; when the
    queue is full a connection gets 503 at once. ``server_close`` stops the threads and the
    query workers.
    """

    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], config: EndpointConfig, pool: QueryPool,
                 triples: int) -> None:
        self.config = config
        self.pool = pool
        self.triples = triples
        try:
            self.loopback = ipaddress.ip_address(address[0]).is_loopback
        except ValueError:
            self.loopback = address[0] == "localhost"
        self.pending: queue.Queue = queue.Queue(maxsize=max(1, config.queue))
        self.refused: queue.Queue = queue.Queue()
        super().__init__(address, _Handler)
        self.workers = [threading.Thread(target=self._serve_queue, daemon=True,
                                         name=f"sparql-http-{i}") for i in range(max(1, config.threads))]
        self.workers.append(threading.Thread(target=self._close_refused, daemon=True,
                                             name="sparql-refused"))
        for t in self.workers:
            t.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        try:
            self.pending.put_nowait((request, client_address))
        except queue.Full:
            try:
                request.setblocking(False)
                request.send(_BUSY)
            except OSError:
                pass
            self.refused.put((request, time.monotonic() + 1.0))

    def _close_refused(self) -> None:
        """Close refused connections gently: drain what the client sent, so that closing the
        socket does not reset the connection before the client reads the 503."""
        held: list[tuple[Any, float]] = []
        while True:
            try:
                item = self.refused.get(timeout=0.05 if held else None)
                if item is None:
                    break
                held.append(item)
            except queue.Empty:
                pass
            keep = []
            for sock, until in held:
                try:
                    r, _, _ = select.select([sock], [], [], 0)
                    done = bool(r) and sock.recv(65536) == b""
                except OSError:
                    done = True
                if done or time.monotonic() > until:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    sock.close()
                else:
                    keep.append((sock, until))
            held = keep
        for sock, _ in held:
            sock.close()

    def _serve_queue(self) -> None:
        while True:
            item = self.pending.get()
            if item is None:
                return
            request, client_address = item
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 - a broken connection must not stop the thread
                pass
            finally:
                self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # no traceback on stderr for a client's broken connection

    def server_close(self) -> None:
        super().server_close()
        for _ in self.workers:
            try:
                self.pending.put_nowait(None)
            except queue.Full:
                break
        self.refused.put(None)
        self.pool.close()


def _default_workers() -> int:
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, 4))


def make_server(graph_path: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
                store: ox.Store | None = None, config: EndpointConfig = EndpointConfig()
                ) -> EndpointServer:
    """A ready (not yet serving) SPARQL endpoint over the graph; ``port=0`` picks a free port.

    >>> srv = make_server("output/graph.ttl", port=0)  # doctest: +SKIP
    >>> import threading; threading.Thread(target=srv.serve_forever, daemon=True).start()  # doctest: +SKIP
    """
    from parleygraph.graph.sparql import load_store

    if config.timeout <= 0:
        raise InputError("--timeout must be more than 0 seconds")
    for origin in config.cors:
        if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
            raise InputError(f"--cors {origin!r}: give an origin such as https://example.org "
                             "(scheme and host, no path), or '*'")
    if store is None:
        from parleygraph.graph.store import store_for

        store = load_store(graph_path)
        if store_for(graph_path) is not None:
            # query workers are forked, and a RocksDB handle must not cross a fork: the
            # triples are copied from the on-disk store into memory (no Turtle to parse)
            memory = ox.Store()
            memory.bulk_extend(store)
            store = memory
    triples = len(store)
    pool = QueryPool.start(store, config.workers or _default_workers())
    try:
        return EndpointServer((host, port), config, pool, triples)
    except OSError as e:
        pool.close()
        raise InputError(f"cannot listen on {host}:{port}: {e.strerror}") from None
    except BaseException:
        pool.close()
        raise


def serve(graph_path: str | Path, *, host: str = "127.0.0.1", port: int = 7878,
          config: EndpointConfig = EndpointConfig()) -> None:
    """Serve the graph as a local SPARQL 1.1 Protocol endpoint until interrupted."""
    server = make_server(graph_path, host=host, port=port, config=config)
    h, p = server.server_address[:2]
    h = h.decode() if isinstance(h, bytes) else h
    cors = ", ".join(config.cors) if config.cors else "off"
    print(f"SPARQL endpoint on http://{h}:{p}/sparql ({server.triples} triples; timeout "
          f"{config.timeout:g} s; federation {'on' if config.allow_federation else 'off'}; "
          f"CORS {cors}); Ctrl-C to stop", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
