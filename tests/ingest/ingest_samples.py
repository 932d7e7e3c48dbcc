"""Realistic inputs shared by the ingest tests, written for these tests in our own words."""

ARTICLE = (
    "Militants attack checkpoint near Kidal\n"
    "KIDAL, March 3 (Sahel Wire) - Gunmen on motorbikes attacked an army checkpoint on the road "
    "north of Kidal on Monday, killing two soldiers, a local official said.\n"
    "The army said it repelled the attack and pursued the assailants towards the Algerian "
    "border.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Drone strike hits fuel depot in El Obeid | Nile Courier</title>
<meta property="og:site_name" content="Nile Courier">
<meta property="article:published_time" content="2025-03-04T19:00:00+02:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/sudan">Sudan</a></nav></header>
<main><article>
<h1>Drone strike hits fuel depot in El Obeid</h1>
<p>EL OBEID - A drone launched by the Rapid Support Forces struck a fuel depot in El Obeid, the
capital of North Kordofan, on Monday evening, starting a fire that burned through the night,
residents said.</p>
<figure><img src="/img/depot.jpg" alt="fire"><figcaption>Smoke rises over the depot in El Obeid on
March 3, 2025. (AFP)</figcaption></figure>
<p>A local official said two guards were killed. The army said its air defences had shot down
three other drones over the city.</p>
<p>El Obeid has been under partial siege since the RSF seized surrounding towns in 2023.</p>
</article></main>
<footer><p>© 2025 Nile Courier</p></footer>
</body></html>
"""

PAGE_NO_BODY = """<!DOCTYPE html><html><head><title>Loading…</title>
<script>window.location='/app'</script></head><body><div id="root"></div></body></html>
"""


def page(title: str, paragraphs: list[str], date: str = "2025-02-06") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{date}T08:00:00Z\"></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Great Lakes Monitor</title><link>https://monitor.example.org/</link>
<description>Conflict news from the Great Lakes region</description>
<item><title>Clashes in Masisi displace thousands</title>
<link>https://monitor.example.org/masisi</link>
<pubDate>Tue, 04 Feb 2025 09:30:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Fighting between M23 rebels and Wazalendo militias around Masisi
centre on Monday forced thousands of families to flee towards Sake, local officials said.</p>
<p>A health worker said at least six civilians were killed by stray shells.</p>]]></content:encoded>
</item>
<item><title>Entry with nothing in it</title><pubDate>Tue, 04 Feb 2025 10:00:00 +0000</pubDate></item>
<item><title>Uvira: traders strike over checkpoint fees</title>
<pubDate>Wed, 05 Feb 2025 07:00:00 +0000</pubDate>
<description>Traders in Uvira closed their shops on Wednesday to protest against fees levied at
checkpoints on the road to Bukavu, the traders' association said.</description></item>
</channel></rss>
"""
