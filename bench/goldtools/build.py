"""Build <corpus>/gold/<doc>.gold.json from spec functions (offsets computed, never typed).

    build_gold(root, builders, argv)     argv: document-name prefixes to build (all if empty);
                                         "--check" writes nothing and returns 1 when a gold
                                         file differs from what its spec builds
"""
import json
from pathlib import Path


def render(G):
    return json.dumps(G.finish(), ensure_ascii=False, indent=2) + "\n"


def build_gold(root, builders, argv=()):
    """Run every builder (a function returning a Gold) and write, or with --check compare, its gold file."""
    root = Path(root)
    check = "--check" in argv
    prefixes = [a for a in argv if a != "--check"]
    out = root / "gold"
    out.mkdir(exist_ok=True)
    stale = 0
    for build in builders:
        G = build()
        if prefixes and not any(G.source.startswith(a) for a in prefixes):
            continue
        text = render(G)
        path = out / f"{G.source}.gold.json"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"stale {path.relative_to(root)}")
                stale += 1
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
    if check:
        print(f"{stale} stale gold files")
    return 1 if stale else 0
