"""`reportqa`: ingest reports, ask questions, chat, serve the web chat, evaluate, benchmark.

Heavy libraries are imported inside the commands, so `reportqa --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingest.errors import ReportQAError
from ingest.settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        settings = settings_from_args(args)
        return int(args.run(args, settings) or 0)
    except ReportQAError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ValueError as e:  # bad option values (checked where they enter)
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `reportqa ask ... | head`: the reader left; not an error worth a traceback
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (Python flushes stdout again at exit)
        return 0


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        data_dir=args.data_dir, chroma_host=args.chroma_host, chroma_port=args.chroma_port,
        collection=args.collection,
        embedder=args.embedder, top_k=getattr(args, "k", None), chunk_tokens=getattr(args, "chunk_words", None),
        retrieval=getattr(args, "retrieval", None), llm_url=getattr(args, "llm_url", None),
        llm_model=getattr(args, "llm_model", None), backend=getattr(args, "backend", None))


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    store = common.add_argument_group("store")
    store.add_argument("--data-dir", help="store folder (default ./data, or $REPORTQA_DATA_DIR)")
    store.add_argument("--chroma-host", help="use a Chroma server at this host ($REPORTQA_CHROMA_HOST)")
    store.add_argument("--chroma-port", type=int, help="Chroma server port (default 8000)")
    store.add_argument("--collection", help="Chroma collection name (default passages, or $REPORTQA_COLLECTION); "
                                            "one per store on a shared server")
    store.add_argument("--embedder", choices=["minilm", "e5", "hash"],
                       help="embedder for a NEW store: minilm (English, default) or e5 (multilingual)")
    answering = common.add_argument_group("answers from a language model (each sentence checked against its citation)")
    answering.add_argument("--llm-url", help="OpenAI-compatible base URL ending in /v1, e.g. http://127.0.0.1:8080/v1 "
                           "($REPORTQA_LLM_URL; API key from $REPORTQA_LLM_API_KEY)")
    answering.add_argument("--llm-model", help="model name sent to the endpoint ($REPORTQA_LLM_MODEL)")
    answering.add_argument("--backend", choices=["auto", "extractive", "llm"],
                           help="auto (default): the language model when --llm-url is given, else extractive")

    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="add or update reports (files or folders)")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--chunk-words", type=int, help="passage size in words (default 160)")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("list", parents=[common], help="the stored reports, one per line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)

    p = sub.add_parser("remove", parents=[common], help="delete a report everywhere")
    p.add_argument("doc_ids", nargs="+", metavar="DOC")
    p.set_defaults(run=cmd_remove)

    p = sub.add_parser("status", parents=[common], help="passage counts of registry, Chroma and BM25")
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("move-to-server", parents=[common],
                       help="copy an embedded store's vectors to a Chroma server (no re-embedding)")
    p.add_argument("--to-host", required=True, help="the Chroma server's host, e.g. 127.0.0.1")
    p.add_argument("--to-port", type=int, default=8000, help="the Chroma server's port (default 8000)")
    p.set_defaults(run=cmd_move_to_server)

    p = sub.add_parser("ask", parents=[common], help="answer one question (or a JSONL batch)")
    p.add_argument("question", nargs="?")
    p.add_argument("--batch", type=Path, help="JSONL file of {id, question, history}")
    p.add_argument("--json", action="store_true", help="one JSON object per question")
    p.add_argument("--k", type=int, help="passages to return (default 8)")
    p.add_argument("--doc", action="append", dest="docs", help="only this report (repeatable)")
    p.add_argument("--retrieval", choices=["hybrid", "dense", "bm25"])
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("chat", parents=[common], help="interactive questions in the terminal")
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("serve", parents=[common], help="the web chat")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="USER:PASSWORD (or $REPORTQA_AUTH)")
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder uploaded reports are saved to")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("eval", parents=[common], help="run an evaluation set and write a report")
    p.add_argument("--set", dest="eval_set", type=Path, default=None,
                   help="JSONL or CSV questions (default: the seed set eval/questions.jsonl)")
    p.add_argument("--compare", nargs="*", default=[], metavar="NAME=OPTIONS",
                   help="configurations side by side, e.g. bm25=retrieval=bm25 dense=retrieval=dense")
    p.add_argument("--out", type=Path, default=Path("results/eval"))
    p.add_argument("--corpus", type=Path, default=Path("corpus"),
                   help="reports to build comparison stores from (chunk size or embedder changes)")
    p.add_argument("--gate", action="store_true", help="exit 1 when a quality threshold is missed")
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("feedback", parents=[common], help="turn thumbs-down feedback into draft eval questions")
    p.add_argument("--out", type=Path, default=Path("eval/from-feedback.jsonl"))
    p.set_defaults(run=cmd_feedback)

    p = sub.add_parser("bench", parents=[common], help="benchmarks: ingest | answer | scale")
    p.add_argument("what", choices=["ingest", "answer", "scale"])
    p.add_argument("--seconds", type=float, default=30.0, help="ingest: size the corpus to about this long")
    p.add_argument("--sizes", default="10000,100000", help="scale: store sizes in passages, e.g. 1000000")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--server", action="store_true", help="scale: only against a Chroma server")
    mode.add_argument("--embedded", action="store_true", help="scale: only embedded Chroma")
    p.add_argument("--vectors", choices=["corpus", "uniform"], default="corpus",
                   help="scale: random vectors shaped like the seed corpus's embeddings (default) or uniform")
    p.set_defaults(run=cmd_bench)
    return parser


# ---- commands ------------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from ui.progress import ingest_with_progress

    report = ingest_with_progress(args.paths, settings)
    for path, reason in report.failed:
        print(f"failed: {path}: {reason}", file=sys.stderr)
    repaired = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.repaired.items())
    print(f"added {len(report.added)} / updated {len(report.updated)} / unchanged {len(report.unchanged)} / "
          f"failed {len(report.failed)}; {report.passages} passages in {report.seconds:.1f} s"
          + (f" (repaired after an interrupted run: {repaired})" if repaired else ""))
    return 0 if report.ok else 1


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.store import Store

    with Store.open(settings) as store:
        docs = store.documents()
    if args.json:
        for d in docs:
            print(json.dumps({"doc": d.doc_id, "title": d.title, "lang": d.lang, "passages": d.passages,
                              "path": d.path, **d.metadata}, ensure_ascii=False))
        return 0
    if not docs:
        print(f"no reports in {settings.data_dir}; add some with: reportqa ingest corpus/")
    for d in docs:
        meta = d.metadata
        who = meta.get("publisher") or meta.get("author") or ""
        print(f"{d.doc_id}\t{d.passages} passages\t{d.lang}\t{meta.get('year', '')}\t{d.title}\t{who}")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.store import Store

    status = 0
    with Store.open(settings) as store:
        for doc_id in args.doc_ids:
            if store.remove(doc_id):
                print(f"removed {doc_id}")
            else:
                print(f"error: no report '{doc_id}' in {settings.data_dir} (see: reportqa list)", file=sys.stderr)
                status = 1
    return status


def cmd_move_to_server(args: argparse.Namespace, settings: Settings) -> int:
    """The registry and BM25 index stay in --data-dir; the vectors are copied from its embedded Chroma."""
    import dataclasses

    from ingest.store import Store

    if settings.chroma_host:
        raise ReportQAError("move-to-server reads the embedded store in --data-dir; give the server as "
                            "--to-host/--to-port, not --chroma-host")
    if not (Path(settings.data_dir) / "chroma").is_dir():
        raise ReportQAError(f"no embedded vector store in {settings.data_dir}/chroma; nothing to move")
    target = dataclasses.replace(settings, chroma_host=args.to_host, chroma_port=args.to_port)
    with Store.open(settings) as store, store.writing():
        total = store.passage_count()
        copied = store.copy_vectors_to(target, lambda done, n: print(f"\rcopied {done:,} / {n:,} vectors",
                                                                      end="", file=sys.stderr, flush=True))
    print(file=sys.stderr)
    if copied < total:
        raise ReportQAError(f"the server holds {copied:,} vectors after the copy, expected {total:,}")
    print(f"moved {total:,} vectors to Chroma at {args.to_host}:{args.to_port}. From now on use\n"
          f"  reportqa serve --data-dir {settings.data_dir} --chroma-host {args.to_host} --chroma-port {args.to_port}\n"
          f"(or export REPORTQA_CHROMA_HOST={args.to_host} REPORTQA_CHROMA_PORT={args.to_port}); "
          f"{settings.data_dir}/chroma can then be deleted.")
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.store import Store

    with Store.open(settings) as store:
        counts = store.counts()
        print(json.dumps({"data_dir": str(settings.data_dir), "embedder": store.embedder_name, **counts}))
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from qa.engine import Engine
    from ui.terminal import print_answer

    engine = Engine(settings)
    if args.batch:
        return ask_batch(engine, args.batch, args.json, args.docs)
    if not args.question:
        raise ReportQAError("give a question, e.g. reportqa ask \"What is Jobteam Gent?\", or --batch FILE")
    answer = engine.answer(args.question, doc_ids=args.docs)
    if args.json:
        from qa.result import answer_json

        print(json.dumps(answer_json(answer), ensure_ascii=False))
    else:
        print_answer(answer)
    return 0


def ask_batch(engine, path: Path, as_json: bool, docs: list[str] | None) -> int:
    from qa.result import answer_json
    from ui.terminal import print_answer

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ReportQAError(f"cannot read batch file {path}: {e}") from e
    status = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise ValueError("needs a 'question' string")
            history = item.get("history") or []
            if not isinstance(history, list):
                raise ValueError("'history' must be a list of earlier questions")
            answer = engine.answer(item["question"], history=[str(h) for h in history], doc_ids=docs)
        except (ValueError, ReportQAError) as e:
            print(f"error: {path} line {number}: {e}", file=sys.stderr)
            status = 1
            continue
        except Exception as e:  # a fault in the answering itself: name the line, answer the others
            print(f"error: {path} line {number}: could not be answered ({type(e).__name__}: {e})", file=sys.stderr)
            status = 1
            continue
        if as_json:
            print(json.dumps(answer_json(answer, item.get("id")), ensure_ascii=False), flush=True)
        else:
            print(f"## {item.get('id') or number}: {item['question']}")
            print_answer(answer)
    return status


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from ui.terminal import chat

    return chat(settings)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from ui.app import serve

    auth_text = args.auth or os.environ.get("REPORTQA_AUTH")
    auth = None
    if auth_text:
        if ":" not in auth_text:
            raise ReportQAError("--auth must look like USER:PASSWORD")
        user, password = auth_text.split(":", 1)
        auth = (user, password)
    serve(settings, host=args.host, port=args.port, auth=auth, corpus_dir=args.corpus)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from eval.cli import run_eval_command

    return run_eval_command(settings, args.eval_set, args.compare, args.out, args.corpus, args.gate)


def cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    from eval.feedback import draft_from_feedback

    source = Path(settings.data_dir) / "feedback.jsonl"
    if not source.exists():
        raise ReportQAError(f"no feedback yet: {source} does not exist")
    n = draft_from_feedback(source, args.out)
    print(f"wrote {n} draft questions to {args.out}; fill in their quotes and facts, then: "
          f"reportqa eval --set {args.out}")
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.what == "ingest":
        from eval.bench_ingest import run_ingest_benchmark

        return run_ingest_benchmark(settings, args.seconds)
    if args.what == "scale":
        from eval.bench_scale import run_scale_benchmark

        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
        modes = ["server"] if args.server else ["embedded"] if args.embedded else ["embedded", "server"]
        return run_scale_benchmark(settings, sizes, modes, vectors=args.vectors)
    from eval.bench_answer import run_answer_benchmark

    return run_answer_benchmark(settings)


if __name__ == "__main__":
    raise SystemExit(main())
