"""Build <corpus>/gold/<doc>.gold.json from spec functions (offsets computed, never typed)."""
import json
from pathlib import Path


def build_gold(root, builders, argv=()):
    """Run every builder (a function returning a Gold); argv filters on document-name prefixes."""
    root = Path(root)
    out = root / "gold"
    out.mkdir(exist_ok=True)
    for build in builders:
        G = build()
        if argv and not any(G.source.startswith(a) for a in argv):
            continue
        g = G.finish()
        path = out / f"{G.source}.gold.json"
        path.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(root)}")
