"""Ingest + clean throughput, against trafilatura alone on the same pages.

Builds N realistic HTML pages from the cleaner's fixture articles (tests/fixtures/clean): each
page wraps one article's report lines and captions in templated site furniture (navigation,
cookie banner, byline, share bar, in-article appeals, related-stories list, footer). Times

  * ``trafilatura.extract`` alone (the floor: what HTML extraction costs anyway),
  * ``document_from_text(html=True)`` + ``clean_document`` (dateline's ingest + clean),
  * plain-text ``document_from_text`` + ``clean_document`` on the fixture texts.

Prints articles/s and the ratio; asserts nothing. Run: ``python benchmarks/bench_ingest.py
[--pages 1000]``.
"""

from __future__ import annotations

import argparse
import html
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "clean"

SITES = ["Nile Courier", "Sahel Observer", "Kivu Morning Post", "Levant Today", "Horn Dispatch",
         "Northeast Chronicle", "Caribbean Ledger", "Addis Herald"]
SECTIONS = ["World", "Africa", "Middle East", "Asia", "Americas", "Europe", "Security"]
RELATED = ["Fuel prices rise again in the capital", "Floods cut the main road to the north",
           "Teachers strike over unpaid salaries", "New governor sworn in after dispute",
           "Football: national team qualifies for final round", "Exchange rate hits a record low"]


def load_articles() -> list[tuple[list[str], list[str]]]:
    """(report lines, caption lines) of every fixture article."""
    from dateline.eval._clean import read_gold

    out = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        gold = read_gold(path)
        lines = gold.text.split("\n")
        kept = [lines[n - 1] for n, label in sorted(gold.labels.items()) if label == "keep"]
        captions = [lines[n - 1] for n, label in sorted(gold.labels.items())
                    if label == "caption"]
        out.append((kept, captions))
    return out


def make_page(i: int, kept: list[str], captions: list[str], rnd: random.Random) -> str:
    site, section = rnd.choice(SITES), rnd.choice(SECTIONS)
    day = f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    esc = html.escape
    title, body = kept[0].lstrip("#* "), kept[1:]
    paras = [f"<p>{esc(p)}</p>" for p in body]
    if captions:
        fig = (f"<figure><img src=\"/img/{i}.jpg\" alt=\"\"><figcaption>{esc(captions[0])}"
               "</figcaption></figure>")
        paras.insert(min(2, len(paras)), fig)
    paras.insert(min(3, len(paras)), "<p>Support our journalism. Donate today.</p>")
    related = "".join(f"<li><a href=\"/story/{i}-{k}\">{esc(t)}</a></li>"
                      for k, t in enumerate(rnd.sample(RELATED, 4)))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{day}T09:00:00Z">
<link rel="stylesheet" href="/static/site.css"><script src="/static/app.js"></script></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header><a href="/" class="logo">{site}</a><nav><ul><li><a href="/">Home</a></li>
<li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li></ul></nav></header>
<main><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/s">{section}</a></div>
<article><h1>{esc(title)}</h1><div class="byline">By Staff Reporter | {day}</div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
{"".join(paras)}
<p>Follow {site} on Telegram for the latest news.</p>
</article>
<aside><h2>Related stories</h2><ul>{related}</ul></aside>
<section class="newsletter"><h3>Newsletter</h3><p>Get our top stories in your inbox.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li>
</ul><p>© 2025 {site}. All rights reserved.</p></footer></body></html>"""


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} articles/s  ({seconds:6.2f} s for {n})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()

    import trafilatura

    from dateline.clean import clean_document
    from dateline.errors import InputError
    from dateline.eval._clean import read_gold
    from dateline.ingest import document_from_text
    from dateline.settings import Settings

    settings = Settings()
    rnd = random.Random(20250206)
    articles = load_articles()
    pages = [make_page(i, *articles[i % len(articles)], rnd) for i in range(args.pages)]
    mb = sum(len(p) for p in pages) / 1e6
    print(f"{len(pages)} pages from {len(articles)} fixture articles, {mb:.1f} MB of HTML")

    # warm-up: imports, lingua models, dateparser tables
    clean_document(document_from_text(pages[0], html=True), settings)
    trafilatura.extract(pages[0])

    t = time.perf_counter()
    for p in pages:
        trafilatura.extract(p, include_comments=False)
    t_traf = time.perf_counter() - t

    failures = 0
    t = time.perf_counter()
    for p in pages:
        try:
            clean_document(document_from_text(p, html=True), settings)
        except InputError:
            failures += 1
    t_ours = time.perf_counter() - t

    texts = [read_gold(path).text for path in sorted(FIXTURES.rglob("*.txt"))]
    plain = [texts[i % len(texts)] for i in range(args.pages)]
    t = time.perf_counter()
    for text in plain:
        clean_document(document_from_text(text), settings)
    t_plain = time.perf_counter() - t

    print(f"trafilatura.extract alone     {rate(len(pages), t_traf)}")
    print(f"ingest + clean (HTML)         {rate(len(pages), t_ours)}"
          + (f"  [{failures} refused]" if failures else ""))
    print(f"ingest + clean (plain text)   {rate(len(plain), t_plain)}")
    print(f"ratio HTML ingest+clean / trafilatura time: {t_ours / t_traf:.2f}x")


if __name__ == "__main__":
    main()
