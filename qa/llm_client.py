"""A small client for OpenAI-compatible chat endpoints (OpenAI, vLLM, Ollama, llama.cpp's server).

Only `/chat/completions`, with and without `"stream": true`. Every failure (endpoint down, timeout,
HTTP error, a reply that is not the expected JSON) becomes an LLMError whose message is shown to the
user next to the extractive answer.

    >>> s = Settings(llm_url="http://127.0.0.1:8080/v1", llm_model="smollm2")
    >>> complete(s, [{"role": "user", "content": "Hi"}])  # doctest: +SKIP
    'Hello! How can I help?'
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import suppress

from ingest.settings import Settings

MAX_TOKENS = 400


class LLMError(Exception):
    """The language model gave no usable reply; the message says why, in words a user understands."""


def request_body(settings: Settings, messages: list[dict], stream: bool) -> dict:
    return {"model": settings.llm_model or "default", "messages": messages, "temperature": 0,
            "max_tokens": MAX_TOKENS, "stream": stream}


def _headers(settings: Settings) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    key = os.environ.get(settings.llm_api_key_env or "")
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return headers


def _endpoint(settings: Settings) -> str:
    if not settings.llm_url:
        raise LLMError("no language model endpoint is set (--llm-url)")
    return settings.llm_url.rstrip("/") + "/chat/completions"


def complete(settings: Settings, messages: list[dict]) -> str:
    """The whole reply of one chat completion."""
    import httpx

    url = _endpoint(settings)
    try:
        response = httpx.post(url, json=request_body(settings, messages, False), headers=_headers(settings),
                              timeout=settings.llm_timeout)
    except httpx.TimeoutException:
        raise LLMError(f"the language model at {settings.llm_url} did not answer within "
                       f"{settings.llm_timeout:g} s") from None
    except httpx.HTTPError as e:
        raise LLMError(f"the language model at {settings.llm_url} could not be reached ({_short(e)})") from None
    _check_status(settings, response.status_code, response.text)
    return reply_content(response.text)


def stream(settings: Settings, messages: list[dict]) -> Iterator[str]:
    """The reply as it is generated, piece by piece (server-sent events). A server that ignores
    `"stream": true` and sends one JSON object is accepted too."""
    import httpx

    url = _endpoint(settings)
    deadline = time.monotonic() + 10 * settings.llm_timeout  # a server trickling tokens forever
    got_any = False
    try:
        with httpx.stream("POST", url, json=request_body(settings, messages, True), headers=_headers(settings),
                          timeout=settings.llm_timeout) as response:
            if response.status_code != 200:
                _check_status(settings, response.status_code, response.read().decode("utf-8", "replace"))
            if "text/event-stream" not in response.headers.get("content-type", ""):
                yield reply_content(response.read().decode("utf-8", "replace"))
                return
            for line in response.iter_lines():
                if time.monotonic() > deadline:
                    raise LLMError(f"the language model at {settings.llm_url} took too long to finish its answer")
                piece = stream_piece(line)
                if piece is _DONE:
                    break
                if piece:
                    got_any = True
                    yield str(piece)
    except httpx.TimeoutException:
        raise LLMError(f"the language model at {settings.llm_url} did not answer within "
                       f"{settings.llm_timeout:g} s") from None
    except httpx.HTTPError as e:
        raise LLMError(f"the language model at {settings.llm_url} could not be reached ({_short(e)})") from None
    if not got_any:
        raise LLMError("the language model sent an empty reply")


_DONE = object()


def stream_piece(line: str) -> str | object | None:
    """The text in one server-sent-events line: `data: {"choices": [{"delta": {"content": ...}}]}`;
    _DONE for `data: [DONE]`; None for comments, keep-alives and deltas without text."""
    line = line.strip()
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if data == "[DONE]":
        return _DONE
    try:
        event = json.loads(data)
    except json.JSONDecodeError:
        raise LLMError(f"the language model sent a stream event that is not JSON: {data[:80]!r}") from None
    if isinstance(event, dict) and event.get("error"):
        raise LLMError(f"the language model reported an error: {_error_text(event['error'])}")
    try:
        choice = event["choices"][0]
    except (KeyError, IndexError, TypeError):
        return None  # e.g. a final usage-only event
    content = (choice.get("delta") or choice.get("message") or {}).get("content") if isinstance(choice, dict) \
        else None
    return content if isinstance(content, str) else None


def reply_content(body: str) -> str:
    """choices[0].message.content of a chat completion, or an LLMError saying what is wrong with it."""
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        raise LLMError(f"the language model's reply is not JSON: {body[:80]!r}") from None
    if isinstance(data, dict) and data.get("error"):
        raise LLMError(f"the language model reported an error: {_error_text(data['error'])}")
    choices = data.get("choices") if isinstance(data, dict) else None
    if not choices or not isinstance(choices, list):
        raise LLMError("the language model's reply has no choices")
    message = choices[0].get("message") if isinstance(choices[0], dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str) or not content.strip():
        raise LLMError("the language model sent an empty reply")
    return content


def _check_status(settings: Settings, status: int, body: str) -> None:
    if status == 200:
        return
    detail = body.strip()[:120]
    with suppress(json.JSONDecodeError, AttributeError):  # a body that is no JSON object: its own text
        detail = _error_text(json.loads(body).get("error")) or detail
    hint = " (check the API key in $" + settings.llm_api_key_env + ")" if status in (401, 403) else ""
    raise LLMError(f"the language model at {settings.llm_url} answered HTTP {status}: {detail}{hint}")


def _error_text(error: object) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error)


def _short(error: Exception) -> str:
    return (str(error) or type(error).__name__)[:120]
