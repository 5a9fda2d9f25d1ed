"""``parleygraph serve`` as a hostile client meets it: SERVICE, CORS, runaway queries, 200
concurrent clients, malformed requests. The real CLI runs in its own process session, so the
CPU time of the server and of its query workers can be read from /proc."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from parleygraph.extract.io import read_jsonl, write_atomic
from parleygraph.extract.records import BuildInfo, entity_from_dict, meeting_from_dict
from parleygraph.graph.rdf import build_turtle

DATA = Path(__file__).resolve().parents[1] / "data"
PARLEYGRAPH = [sys.executable, "-m", "parleygraph.graph.cli"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> str:
    ms = [meeting_from_dict(d) for d in read_jsonl(DATA / "sample_meetings.jsonl")]
    es = [entity_from_dict(d) for d in read_jsonl(DATA / "sample_entities.jsonl")]
    ttl = build_turtle(ms, es, BuildInfo(version="0.1.0", time="1970-01-01T00:00:00Z"))
    return str(write_atomic(tmp_path_factory.mktemp("g") / "graph.ttl", ttl))


class Server:
    def __init__(self, graph: str, *options: str) -> None:
        self.proc = subprocess.Popen([*PARLEYGRAPH, "serve", graph, "--port", "0", *options],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        line = self.proc.stderr.readline()
        m = re.search(r"http://([\d.]+):(\d+)/sparql", line)
        assert m, line + self.proc.stderr.read()
        self.host, self.port = m.group(1), int(m.group(2))

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGINT)
        try:
            _, err = self.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            _, err = self.proc.communicate()
        return err

    def cpu_seconds(self) -> float:
        """utime + stime of every live process of the server's session (workers included)."""
        total = 0
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == self.proc.pid:  # process group = the server's session
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")


def raw(server: Server, data: bytes, *, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read the whole answer: (status, headers, body)."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    reply = b"".join(chunks)
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    return status, headers, body


def get(server: Server, query: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    q = urllib.parse.urlencode({"query": query})
    return raw(server, f"GET /sparql?{q} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}"
                       f"Connection: close\r\n\r\n".encode())


def post(server: Server, body: bytes, ctype: str = "application/sparql-query",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    hdrs = {"Host": "127.0.0.1", "Content-Type": ctype, "Content-Length": str(len(body)),
            **(headers or {})}
    head = "".join(f"{k}: {v}\r\n" for k, v in hdrs.items())
    return raw(server, f"POST /sparql HTTP/1.1\r\n{head}\r\n".encode() + body)


@pytest.fixture(scope="module")
def server(graph: str) -> Iterator[Server]:
    s = Server(graph, "--timeout", str(TIMEOUT), "--max-body", "20000")
    yield s
    err = s.stop()
    assert "Traceback" not in err, err


class Canary:
    """A local TCP server that counts the connections it gets (what SERVICE would reach)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stopped = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self.stopped = True
        self.thread.join()
        self.sock.close()


SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x ?y ?z # a comment\n SERVICE\t<http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { FILTER(1 < 2) SERVICE <http://127.0.0.1:{port}/x> { ?s ?p ?o } FILTER(2 > 1) }",
]


def test_endpoint_refuses_service(server: Server) -> None:
    canary = Canary()
    try:
        for q in SERVICE_QUERIES:
            status, _, body = get(server, q.replace("{port}", str(canary.port)))
            assert status == 403 and b"--allow-federation" in body, (q, body)
        # the word in a string, an IRI or a variable is not federation
        status, _, _ = get(server, 'SELECT ?service WHERE { ?service ?p "SERVICE" } LIMIT 1')
        assert status == 200
        time.sleep(0.3)
        assert canary.hits == 0
    finally:
        canary.close()


def test_endpoint_federation_and_cors_when_asked(graph: str) -> None:
    canary = Canary()
    s = Server(graph, "--allow-federation", "--cors", "https://ok.example")
    try:
        get(s, SERVICE_QUERIES[0].replace("{port}", str(canary.port)))
        time.sleep(0.3)
        assert canary.hits >= 1  # allowed: the request does go out
        _, headers, _ = get(s, COUNT, {"Origin": "https://ok.example"})
        assert headers["access-control-allow-origin"] == "https://ok.example"
        _, headers, _ = get(s, COUNT, {"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in headers
    finally:
        canary.close()
        assert "Traceback" not in s.stop()


def test_endpoint_no_cors_and_no_foreign_host_by_default(server: Server) -> None:
    status, headers, _ = get(server, COUNT, {"Origin": "https://evil.example"})
    assert status == 200 and "access-control-allow-origin" not in headers
    status, headers, _ = raw(server, b"OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     b"Origin: https://evil.example\r\n\r\n")
    assert status == 204 and "access-control-allow-origin" not in headers
    status, _, body = raw(server, f"GET /sparql?{urllib.parse.urlencode({'query': COUNT})} HTTP/1.1"
                                  "\r\nHost: evil.example\r\n\r\n".encode())
    assert status == 403 and b"localhost" in body  # DNS rebinding


def test_endpoint_runaway_query_is_stopped(server: Server) -> None:
    idle = server.cpu_seconds()
    t0 = time.monotonic()
    status, _, body = get(server, RUNAWAY)
    took = time.monotonic() - t0
    assert status == 503 and b"stopped after 3 s" in body, body  # 3,556^4 rows: never done in 3 s
    assert TIMEOUT - 0.5 <= took <= TIMEOUT + 2, took
    time.sleep(0.5)
    a = server.cpu_seconds()
    time.sleep(1.0)
    b = server.cpu_seconds()
    assert b - a < 0.3, f"still busy after the timeout: {b - a:.2f} s CPU in 1 s"
    assert a - idle < TIMEOUT + 2
    assert get(server, COUNT)[0] == 200  # a fresh worker answers


def test_endpoint_client_gone_stops_the_query(server: Server) -> None:
    q = urllib.parse.urlencode({"query": RUNAWAY})
    with socket.create_connection((server.host, server.port)) as s:
        s.sendall(f"GET /sparql?{q} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        time.sleep(0.5)
    time.sleep(0.5)  # well before the timeout
    a = server.cpu_seconds()
    time.sleep(1.0)
    assert server.cpu_seconds() - a < 0.3


def test_endpoint_200_concurrent_clients(server: Server) -> None:
    n = 200
    results: list[object] = [None] * n
    barrier = threading.Barrier(n)

    def client(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            status, _, body = get(server, COUNT)
            results[i] = status if status != 200 or b'"n"' in body else "bad body"
        except Exception as e:  # noqa: BLE001 - a reset is exactly what must not happen
            results[i] = f"{type(e).__name__}: {e}"

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 120
    for t in threads:
        t.join(timeout=max(0.1, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "clients still waiting after 120 s"
    errors = [r for r in results if r not in (200, 503)]
    assert not errors, errors[:5]
    assert results.count(200) >= n // 2, results.count(503)


MALFORMED = [
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", 400, b"Content-Length"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n", 400, b"Content-Length"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 4\r\n\r\n\xff\xfe\xfd\xfc", 400, b"not UTF-8"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
     b"Content-Length: 999999999\r\n\r\nSELECT", 413, b"larger than the limit"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n\r\n",
     411, b"Content-Length"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
     411, b"chunked"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi",
     415, b"application/sparql-query"),
    (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
     b"Content-Length: 9\r\n\r\nquery=%ff", 400, b"form"),
    (b"GET /sparql?query=%ff%fe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, b"not UTF-8"),
    (b"GET /sparql?query=a&query=b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, b"exactly one"),
    (b"GET /sparql?query= HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, b"empty"),
    (b"GET /sparql?query=SELECT+%3Fx+WHERE+%7B HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, b"invalid SPARQL"),
    (b"GET /sparql?default-graph-uri=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, b"missing 'query'"),
    (b"GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 404, b"/sparql"),
    (b"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n", 405, b"not allowed"),
    (b"DELETE /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405, b"not allowed"),
    (b"GARBAGE\r\n\r\n", 400, b""),
    (b"GET /sparql HTTP/9.9\r\n\r\n", 400, b"HTTP version"),
    (b"FROBNICATE /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405, b"not allowed"),
    (b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: " + b"a" * 70000 + b"\r\n\r\n", 431, b""),
    (b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", 414, b""),
]


@pytest.mark.parametrize("request_bytes,status,message", MALFORMED,
                         ids=[f"{i}-{s}" for i, (_, s, _) in enumerate(MALFORMED)])
def test_endpoint_malformed_request_gets_4xx_with_message(server: Server, request_bytes: bytes,
                                                          status: int, message: bytes) -> None:
    got, headers, body = raw(server, request_bytes)
    assert got == status, body
    assert body.strip(), "no message"
    assert message in body, body
    assert b"Traceback" not in body


def test_endpoint_still_answers_after_abuse(server: Server) -> None:
    status, headers, body = post(server, COUNT.encode())
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"].isdigit()


def test_endpoint_full_queue_answers_503_not_reset(graph: str) -> None:
    """Beyond the handler threads and the queue, clients get 503 at once, never a reset."""
    s = Server(graph, "--threads", "1", "--queue", "1", "--workers", "1")
    n = 40
    results: list[object] = [None] * n
    barrier = threading.Barrier(n)

    def client(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            status, headers, body = get(s, COUNT)
            results[i] = (status, body[:40])
        except Exception as e:  # noqa: BLE001
            results[i] = f"{type(e).__name__}: {e}"

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(n)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        statuses = [r[0] if isinstance(r, tuple) else r for r in results]
        assert all(x in (200, 503) for x in statuses), statuses
        assert 200 in statuses and 503 in statuses, statuses
        assert all(b"busy" in r[1] for r in results if isinstance(r, tuple) and r[0] == 503)
    finally:
        assert "Traceback" not in s.stop()
