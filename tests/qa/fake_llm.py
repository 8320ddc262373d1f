"""A minimal OpenAI-compatible chat server on loopback with scripted replies, for deterministic tests.

    with FakeLLM(lambda messages: "Ghent is a city [1].") as llm:
        Settings(llm_url=llm.url, ...)

`reply` is a string or a function of the request's messages (so a test can find which numbered passage
holds a fact). `mode` makes it misbehave: "garbage" (not JSON), "no_choices", "slow" (sleeps past the
client's timeout), "error" (HTTP 500), "bad_stream" (an SSE event that is not JSON).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Reply = str | Callable[[list[dict]], str]
PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.S)


def passages(messages: list[dict]) -> dict[int, str]:
    """The numbered passages of the prompt: {n: text}."""
    return {int(n): text for n, text in PASSAGE.findall(messages[-1]["content"])}


def passage_with(messages: list[dict], words: str) -> int:
    """The number of the first passage in the prompt that contains `words`."""
    for n, text in passages(messages).items():
        if words.lower() in text.lower():
            return n
    raise AssertionError(f"no passage in the prompt contains {words!r}")


class FakeLLM:
    def __init__(self, reply: Reply = "", mode: str = "ok", delay: float = 3.0):
        self.reply, self.mode, self.delay = reply, mode, delay
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                fake.requests.append(body)
                fake.headers.append(dict(self.headers))
                if not self.path.endswith("/v1/chat/completions"):
                    return self._send(404, "application/json", b'{"error": {"message": "not found"}}')
                fake._answer(self, body)

            def _send(self, status: int, kind: str, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True  # a "slow" reply must not hold up shutdown
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _text(self, messages: list[dict]) -> str:
        return self.reply(messages) if callable(self.reply) else self.reply

    def _answer(self, handler, body: dict) -> None:  # type: ignore[no-untyped-def]
        if self.mode == "slow":
            time.sleep(self.delay)
        if self.mode == "garbage":
            return handler._send(200, "text/html", b"<html>502 Bad Gateway</html>")
        if self.mode == "error":
            return handler._send(500, "application/json", b'{"error": {"message": "model not loaded"}}')
        if self.mode == "no_choices":
            return handler._send(200, "application/json", b'{"id": "x", "choices": []}')
        text = self._text(body["messages"])
        if not body.get("stream"):
            data = {"id": "x", "object": "chat.completion", "model": body.get("model"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop"}]}
            return handler._send(200, "application/json", json.dumps(data).encode())
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        if self.mode == "bad_stream":
            handler.wfile.write(b"data: {not json\n\n")
            return
        for i in range(0, len(text), 7):  # small pieces: sentences and [n] markers arrive split
            event = {"choices": [{"index": 0, "delta": {"content": text[i:i + 7]}}]}
            handler.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            handler.wfile.flush()
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
