"""Boilerplate patterns, as data. The logic that applies them is in ``_boilerplate.py``.

Each entry says what it removes and why. They were written from the *kinds* of page furniture
that scraped news carries (wire-service footers, CMS templates such as WordPress and Substack,
newsroom sites, humanitarian-agency reports), in the languages dateline ingests most (English,
French, Spanish), not copied from any test fixture. Prefer a general shape ("a line that is only
platform names", "a line that starts with a byline verb") to a phrase.

All patterns are matched against one *stripped* line with markdown emphasis, heading markers and
link targets removed (``[text](url)`` becomes ``text``), case-insensitively unless compiled
otherwise.
"""

from __future__ import annotations

import re

I = re.IGNORECASE


def _words(*items: str) -> str:
    return "|".join(items)


# -- months and dates ---------------------------------------------------------------------------

#: English, French, Spanish and Portuguese month names and abbreviations (date spans only).
MONTHS_EN = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
MONTHS_OTHER = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
                r"novembre|d[ée]cembre|janv|f[ée]vr|avr|juil|sept|d[ée]c|"
                r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
                r"octubre|noviembre|diciembre|"
                r"janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro")
MONTH = rf"(?:{MONTHS_EN}|{MONTHS_OTHER})"
WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|"
           r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
           r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo")

#: A full explicit date written with a month name: "January 5, 2025", "5 Jan. 2025",
#: "5th of January 2025", "10 mars 2025", "10 de febrero de 2025".
DATE_NAMED = re.compile(
    rf"\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\s+(?:of\s+|de\s+)?(?:{MONTH})\.?,?\s+(?:de\s+)?\d{{4}}\b",
    I)
#: ISO dates (unambiguous, used everywhere).
DATE_ISO = re.compile(r"\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b")
#: Numeric day-first or month-first dates; only trusted in metadata lines ("Updated: 05/02/2025").
DATE_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})\b")
#: A month and day without a year, as in wire datelines ("Feb 6", "6 February").
DATE_MONTH_DAY = re.compile(
    rf"\b(?:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{MONTH})\b",
    I)
#: Clock times and time zones, removed when deciding whether a line is only a date.
TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs?|h))?\b|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)|"
    r"\b(?:gmt|utc|bst|cet|cest|eet|eest|eat|wat|cat|ist|pkt|pst|pdt|est|edt|cst|cdt|mst|"
    r"ast|msk|ict|mmt|aest|jst|sast|irst)(?:[+-]\d{1,2})?\b", I)

#: Wire-style dateline at the start of a report: "KHARTOUM, Feb 6 (Reuters) -",
#: "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -", "Abidjan, 10 mars 2025 (AFP) -",
#: "QUETTA, March 11:". Group ``date`` is the date span.
DATELINE = re.compile(
    rf"^\W{{0,3}}[A-Z][\w'’.\- ]{{1,40}}(?:,\s*[A-Z][\w'’.\- ]{{1,40}}){{0,2}},\s*"
    rf"(?P<date>(?:{MONTH})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}(?:er)?\s+(?:{MONTH})\.?"
    rf"(?:\s+\d{{4}})?)"
    rf"\s*(?:\([\w .&/-]{{1,30}}\))?\s*(?:[-–—:]+|(?=[A-Z]))", re.IGNORECASE)

#: A dateline standing on its own line, a place in capitals and the date only: "PESHAWAR: July 2,
#: 2025", "GOMA, DR Congo - 3 May 2025". Kept (not a date line): the place stage reads the
#: report's place from it.
DATELINE_LINE = re.compile(
    rf"^(?!(?:BREAKING|NEWS|LIVE|EXCLUSIVE|LATEST|WATCH|UPDATE)\b)[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,3}}(?:,\s*[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){{0,2}})?"
    rf"\s*[:,\-–—]\s*"
    rf"(?:(?i:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH})\.?(?:,?\s+\d{{4}})?)"
    rf"\s*[\-–—:]?$")

# -- whole-line classes ---------------------------------------------------------------------------

#: Image markup and bare image URLs: never report text.
IMAGE = re.compile(
    r"^!\[[^\]]*\]\([^)]*\)(?:\s*!\[[^\]]*\]\([^)]*\))*$"         # ![alt](src)
    r"|^\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)$"                        # [![alt](src)](href)
    r"|^(?:https?://|/)\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]\S*)?$"
    r"|^<img\b[^>]*>$"
    r"|^\[(?:image|photo|picture|img|video|gallery)\]$", I)

#: Agency / photographer credits, as they end a caption: "REUTERS/Stringer",
#: "REUTERS/Arlette Bashizi/File Photo", "(Photo by Sergey Bobok / AFP)", "(AFP/Getty)".
PHOTO_AGENCIES = (r"reuters|afp|ap|epa|epa-efe|efe|anadolu|xinhua|getty(?: images)?|"
                  r"ap photo|aa|dpa|ansa|unicef|unhcr|ocha|wfp|icrc|msf|un photo|iom|shutterstock|"
                  r"alamy|sipa|abaca|tass|sputnik|ukrinform|nurphoto|zuma|bloomberg|sopa images")
CREDIT_SLASH = re.compile(
    rf"(?:^|[\s.(])(?:{PHOTO_AGENCIES})(?:\s+photo)?\s*/\s*[\w.'’-]+(?:[ \w.'’-]{{0,40}})"
    r"(?:/\s*file photo)?(?:\s*purchase licensing rights.*)?\)?\.?$", I)
#: Only news-photo agencies may stand alone in the parentheses: "(UNICEF)" or "(IOM)" closing
#: a report's sentence is an acronym, not a credit, unless "Photo"/"©"/a slash says so.
WIRE_PHOTO_AGENCIES = r"reuters|afp|ap|epa|epa-efe|getty(?: images)?|xinhua|anadolu|ap photo"
CREDIT_PARENS = re.compile(
    rf"\((?:©\s*)?(?:{WIRE_PHOTO_AGENCIES})(?:\s*/\s*[^()]{{1,40}}|\s+via\s+[^()]{{1,40}})?\)\.?$"
    rf"|\((?:photo|photograph|image|picture|credit|file\s+photo|©)\b[^()]{{1,60}}\)\.?$"
    rf"|\((?:{PHOTO_AGENCIES})\s*/\s*[^()]{{1,40}}\)\.?$", I)
#: Lines that are a caption on their own: labelled, gallery-numbered, or bracketed.
CAPTION = re.compile(
    r"^(?:photo|photograph|picture|pic|image|caption|foto|fotograf[ií]a|illustration|graphic|map|"
    r"cr[ée]dit(?:o)?|credit|photo credit|image credit|file photo|featured image|top image|"
    r"main image|légende|above|top|pictured|cr[ée]dits?\s+photos?|"
    r"(?:photo|image|picture|foto)\s+(?:source|credit|courtesy|by))\s*(?:credit\s*)?[:|–—,]\s*\S"
    r"|^(?:photo|picture|image|file photo)\s+(?:taken|shows|showing|released|provided|"
    r"distributed|obtained|made available|courtesy)\b"
    r"|^(?:item \d+ of \d+|\[\d+/\d+\])"
    r"|^\[[^\]]*\b(?:photo|image|picture|credit|foto)\s*:[^\]]*\]$"
    r"|[.!]\s*(?:photo|image|picture|foto|credit)\s*:\s*[^.]{1,60}$", I)
#: A label standing alone above a caption ("Image caption,", "Media caption"): dropped, and
#: the line under it is taken as the caption.
CAPTION_LABEL = re.compile(
    r"^(?:image|media|photo|video|picture)\s+(?:caption|source|credit)s?\s*[,:]?$", I)
#: Separator rules and ornaments ("___", "* * *", "—"): never text.
SEPARATOR = re.compile(r"^[\W_]+$")
#: A credit-only line: "(AFP/Getty)", "Photo: OCHA" are caught by CAPTION; this catches
#: "AFP via Getty Images", "Getty Images", "REUTERS/Stringer" alone.
CREDIT_ONLY = re.compile(
    rf"^\(?(?:{PHOTO_AGENCIES})(?:\s+photo)?(?:\s*(?:/|via)\s*[\w .'’-]{{1,40}})\)?\.?$"
    r"|^\(?getty images\)?$", I)

#: Whole lines of site furniture, matched exactly (lower-cased, trailing ':' and spaces removed).
UI_LINES: frozenset[str] = frozenset((
    # ads and sponsorship
    "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored",
    "sponsored content", "promoted", "promoted content", "paid content", "partner content",
    "publicité", "publicidad", "anuncio", "scroll to continue", "scroll to continue with content",
    "story continues below", "story continues below advertisement", "continue reading",
    "continue reading below", "article continues below",
    # share, save, print
    "share", "share this", "share this article", "share this story", "share this post",
    "share this page", "share article", "share story", "share on", "share via", "share options",
    "shares", "tweet", "pin it", "email", "e-mail", "print", "save", "save article", "save story",
    "bookmark", "copy link", "copy link to clipboard", "link copied", "partager", "compartir",
    "imprimer", "imprimir", "like this", "like", "like loading...", "like loading",
    # comments
    "comment", "comments", "reply", "commenter", "comentar",
    # audio and video players
    "listen", "listen to this article", "listen to article", "audio", "play", "pause",
    "video", "watch", "watch video", "watch live",
    # navigation
    "menu", "search", "close", "open navigation", "skip to content", "skip to main content",
    "skip navigation", "jump to content", "jump to navigation", "main menu", "menu principal",
    "aller au contenu", "ir al contenido", "saltar al contenido", "back to top", "top", "home", "login", "log in", "sign in", "register",
    "account", "my account", "previous", "next", "previous post", "next post",
    "previous article", "next article", "older posts", "newer posts",
    "more", "less", "moreless", "show more", "load more", "see more", "read more", "view more",
    "expand", "collapse", "font size", "text size", "a+", "a-",
    # subscription forms
    "subscribe", "subscribe now", "sign up", "sign up here", "subscribe here", "newsletter",
    "newsletters", "email address", "your email", "enter your email", "submit",
    "abonnez-vous", "suscríbete", "s'abonner",
    # cookie banners
    "accept", "accept all", "accept cookies", "accept all cookies", "reject", "reject all",
    "decline", "manage cookies", "cookie settings", "cookie preferences", "manage preferences",
    "got it", "ok, i agree", "i agree",
    # section labels that stand alone
    "breaking", "breaking news", "live", "live updates", "developing story", "exclusive",
    "opinion", "analysis", "explainer", "just in", "download", "download report",
    "download pdf", "download the report", "download the app", "loading", "loading...",
    "loading comments", "loading comments...",
))

#: Section headers that start a list of other stories, tags or topics: the header and the
#: headline-like lines after it are dropped.
LIST_HEADER = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|posts|topics|content|news|coverage|reading|links|"
    r"reports|videos|items))?|read\s+(?:more|also|next|this next)|also\s+read|see\s+also|"
    r"more\s+(?:stories|news|articles|on this (?:story|topic)|from [\w' ]{1,30}|like this|"
    r"to read|in [\w ]{1,20}|coverage)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be interested in|"
    r"have missed)|recommended(?:\s+(?:for you|stories|reading|articles|videos))?|"
    r"most\s+(?:read|popular|viewed|shared|commented|recent)|trending(?:\s+(?:topics|now|stories|"
    r"news|videos))?|popular(?:\s+(?:now|stories|posts|articles))?|latest(?:\s+(?:news|stories|"
    r"posts|articles|videos))?|top\s+(?:stories|news|videos)|also\s+on\s+[\w' ]{1,40}|"
    r"also\s+(?:watch|see|in the news)|watch(?:\s+(?:more|next|also))?|in\s+other\s+news|"
    r"other\s+news|editor'?s?\s+picks?|don'?t\s+miss|further\s+reading|keep\s+reading|"
    r"lire\s+aussi|[àa]\s+lire\s+aussi|voir\s+aussi|sur\s+le\s+m[êe]me\s+sujet|[àa]\s+lire|"
    r"te\s+puede\s+interesar|lee\s+tambi[ée]n|leer\s+m[áa]s|noticias\s+relacionadas|"
    r"m[áa]s\s+noticias|tags?|topics?|filed\s+under|categor(?:y|ies)|keywords|labels|"
    r"more\s+from\s+this\s+section|in\s+this\s+section|explore\s+more|related\s+tags|"
    r"(?:from\s+)?around\s+the\s+web|from\s+the\s+web|(?:sponsored|promoted|partner)\s+"
    r"(?:links|stories|content|posts)|articles?\s+similaires|[àa]\s+voir\s+aussi|"
    r"dans\s+la\s+m[êe]me\s+rubrique|art[ií]culos\s+relacionados|tamb[ée]m\s+leia|"
    r"related\s+content|more\s+(?:to\s+explore|for\s+you))"
    r"\s*[:.»›>]?$", I)

#: One-line pointers to another story or to the site's taxonomy: "Read also: ...",
#: "RELATED: ...", "Tags: Mali, JNIM".
INLINE_POINTER = re.compile(
    r"^(?:read\s+(?:more|also|next)|related(?:\s+(?:story|article|coverage))?|also\s+read|"
    r"see\s+also|more|watch|listen|in\s+pictures|in\s+photos|photos|gallery|video|podcast|"
    r"lire\s+aussi|en\s+images|[àa]\s+lire\s+aussi|voir\s+aussi|"
    r"lee\s+tambi[ée]n|leer\s+m[áa]s|ver\s+tambi[ée]n|leia\s+tamb[ée]m|"
    r"tags?|topics?|filed\s+under|categor(?:y|ies)|keywords|labels|posted\s+in|"
    r"mots[- ]cl[ée]s|etiquetas|th[èe]mes?)\s*[:|–—»›]\s*\S", I)

#: Breadcrumbs and menus: "Home > News > Africa", "Politics | Security | Economy".
BREADCRUMB_START = re.compile(
    r"^(?:home|accueil|inicio|início|start|news|main)\s*(?:[>›»|/]|&gt;)", I)
NAV_SEPARATORS = re.compile(r"\s*(?:\||›|»|>|&gt;|·|•)\s*")

#: Social platforms and share verbs: a line made only of these is a share/follow bar.
SOCIAL_TOKENS = frozenset("""
facebook twitter x instagram linkedin youtube telegram whatsapp tiktok reddit pinterest
threads bluesky mastodon messenger flipboard email e-mail mail print copy link share tweet
rss google news vk viber snapchat weibo wechat line
""".split())
#: Verbs and small words that may sit between platform names in a share bar, in the ingest
#: languages with Latin script ("Share on", "Partager sur", "Compartir en", "Compartilhar no").
SHARE_WORDS = frozenset("""
share on and or us follow via by with the this article story post page
partager sur et suivez-nous suivez nous compartir en y síguenos siguenos comparte
compartilhar no na em e siga-nos teilen auf und folgen
""".split())
SOCIAL_PLATFORM = re.compile(
    r"\b(?:facebook|twitter|x\.com|instagram|linkedin|youtube|telegram|whatsapp|tiktok|"
    r"google news|threads|bluesky|viber|signal)\b", I)

#: Appeals, prompts and notices, matched anywhere in a (short) line. Each pair is
#: (reason, pattern). Appeals also need a second-person or first-person-plural cue or an
#: imperative (APPEAL_CUE) so that reports *about* donations or subscriptions are kept.
#: Appeals that need no cue: nobody writes these phrases in a report.
STRONG_APPEALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("donation appeal", re.compile(
        r"\b(?:buy\s+(?:me|us)\s+a\s+(?:coffee|tea)|patreon|ko-fi|chip\s+in|reader[- ]"
        r"(?:funded|supported)|paid\s+subscription|become\s+a\s+(?:paying\s+)?(?:member|"
        r"supporter|patron|subscriber)|donate\s+(?:now|today|here|monthly)|give\s+(?:now|today)|"
        r"enjoyed\s+this\s+(?:post|article|story|piece))\b", I)),
)
APPEALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("donation appeal", re.compile(
        r"\b(?:donate|donating|donations?|contribut(?:e|ion)|chip\s+in|buy\s+(?:me|us)\s+a\s+"
        r"coffee|patreon|ko-fi|become\s+a\s+(?:member|supporter|patron|subscriber)|"
        r"support\s+(?:our|independent|us|this|quality|local)\b[\w\s-]{0,40}"
        r"(?:journalism|reporting|work|newsroom|blog|site|media|coverage)|support\s+us|"
        r"make\s+a\s+(?:gift|contribution|donation)|give\s+(?:now|today|monthly)|"
        r"reader[- ](?:funded|supported)|paid\s+subscription|faire\s+un\s+don|"
        r"faites\s+un\s+don|soutenez|haz\s+tu\s+donaci[óo]n|dona\s+ahora|apoya)\b", I)),
    ("subscription prompt", re.compile(
        r"\b(?:subscribe[ds]?|subscription|subscriber|newsletters?|sign\s+up|signup|"
        r"mailing\s+list|in\s+your\s+inbox|email\s+updates|e-mail\s+alerts|"
        r"abonnez|abonnement|inscrivez|suscr[ií]bete|suscripci[óo]n|bolet[ií]n|assine)\b", I)),
    ("share or follow prompt", re.compile(
        r"\b(?:follow\s+us|share\s+this\s+(?:post|article|story|page)|please\s+share|"
        r"follow\s+[\w' ]{1,30}\s+on\s+(?:twitter|x|facebook|instagram|telegram|tiktok|linkedin|"
        r"whatsapp|google\s+news|youtube)|síguenos|siguenos|suivez[- ]nous|follow\s+our\s+"
        r"(?:page|channel|account|coverage|feed|updates|google\s+news|live\s+\w+)|"
        r"join\s+our\s+(?:whatsapp|telegram|channel|community)|"
        r"forward\s+(?:it|this)\s+to\s+a\s+friend|click\s+to\s+(?:share|print|email|"
        r"tweet)|\(opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)|read\s+us\s+on|"
        r"follow\s+[\w'’ ]{1,30}\s+coverage)", I)),
    ("link prompt", re.compile(r"https?://\S+", I)),
    ("app or alerts prompt", re.compile(
        r"\b(?:download\s+(?:the|our)\s+[\w ]{0,20}app|get\s+(?:the|our)\s+app|"
        r"(?:breaking|latest)\s+news\s+(?:alerts|events|updates)|news\s+alerts|"
        r"daily\s+(?:market\s+)?updates|click\s+here|tap\s+here)\b", I)),
)
#: A cue that a line speaks to the reader (so an APPEALS match is an appeal, not news): a
#: second person or "our/us", or a sentence that starts with an imperative.
APPEAL_CUE = re.compile(
    r"\b(?:you|your|yours|our|us|please|click|tap|link|thanks?|thank|vous|votre|notre|nous|"
    r"tu|nuestro|nuestra|apoya|haz)\b"
    r"|(?:^|[.!?]\s+)\W*(?:subscribe|donate|support|sign|follow|join|share|download|give|"
    r"become|get|suscr|abonnez|faire|faites|soutenez)", I)

#: Notices that are boilerplate wherever they appear in a short line.
NOTICES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cookie notice", re.compile(
        r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|settings|policy|preferences|"
        r"browsing|continuing|experience|agree)\b|\b(?:use|accept)\b.*\bcookies?\b", I)),
    ("copyright notice", re.compile(
        r"(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\btous droits r[ée]serv[ée]s\b|"
        r"\btodos los derechos reservados\b|\bmay not be (?:published|reproduced|redistributed|"
        r"rewritten)|\breproduction\b.{0,60}\b(?:prohibited|interdite|without (?:permission|"
        r"authori[sz]ation)))", I)),
    ("agency disclaimer", re.compile(
        r"\b(?:auto-?generated|auto-?aggregated|syndicated\s+(?:news\s+)?(?:agency\s+)?"
        r"(?:feed|content|wire)|(?:wire|news)\s+agency\s+feed|(?:wire|agency)\s+feed|"
        r"has\s+not\s+been\s+(?:edited|created)|not\s+been\s+(?:created\s+or\s+)?edited\s+by|"
        r"only\s+the\s+headline\b|nothing\s+has\s+been\s+changed|without\s+modifications\s+to\s+"
        r"the\s+text|published\s+automatically|publi[ée]e?\s+automatiquement|"
        r"with\s+inputs?\s+from\s+(?:agencies|agency|wires)|originally\s+(?:published|appeared)|"
        r"appeared\s+first\s+on|"
        r"first\s+(?:published|appeared)\s+(?:on|in|at|by)\s+[A-Z]|republished\s+(?:with|from|"
        r"under)|views\s+expressed\s+(?:here|in\s+this)|^our\s+(?:editorial\s+)?standards\b|"
        r"trust\s+principles|do\s+not\s+imply\s+(?:official\s+)?(?:endorsement|acceptance|the\s+"
        r"expression)|subject\s+to\s+(?:verification|change|revision)\b.*\b(?:figures|data|"
        r"numbers)|(?:figures|data|numbers)\b.*\bsubject\s+to\s+(?:verification|change|revision))",
        I)),
    ("comment prompt", re.compile(
        r"^(?:comments?|\d+\s+comments?|comments?\s*\(\d+\)|leave\s+a\s+(?:comment|reply)|"
        r"post\s+a\s+comment|add\s+(?:a\s+)?comment|submit\s+a\s+comment|join\s+the\s+"
        r"(?:conversation|discussion)|be\s+the\s+first\s+to\s+comment|comments?\s+(?:are|is)\s+"
        r"(?:closed|moderated|disabled)|cancel\s+reply|show\s+comments|view\s+comments|"
        r"laisser\s+un\s+commentaire|loading\s+comments|r[ée]agir|deja\s+(?:un|tu)\s+comentario|comentarios?)\b"
        r"|\byour\s+email\s+address\s+will\s+not\s+be\s+published\b|\brequired\s+fields\s+are\s+"
        r"marked\b", I)),
    ("contact details", re.compile(
        r"^(?:notes?\s+(?:to|for)\s+editors?|media\s+(?:contacts?|enquiries|inquiries)|press\s+"
        r"contacts?|for\s+(?:more|further)\s+information|pour\s+(?:plus\s+d'|de\s+plus\s+amples\s+)"
        r"informations?|para\s+m[áa]s\s+informaci[óo]n)\b|^contacts?\s*:"
        r"|\bspokespe(?:ople|rsons?)\s+(?:are|is)\s+available\b|\bavailable\s+for\s+interviews\b"
        r"|[\w.+-]+@[\w-]+\.[\w.]+", I)),
    ("report furniture", re.compile(
        r"^this\s+(?:flash\s+update|update|report|situation\s+report|sitrep|bulletin|snapshot|"
        r"document|product)\s+(?:was|is|has\s+been)\s+(?:prepared|produced|compiled|issued)"
        r"|^(?:press|news|media)\s+release$|^communiqu[ée]\s+de\s+presse$|^for\s+immediate\s+"
        r"release$|^(?:flash\s+update|situation\s+report|sitrep)(?:\s+(?:no\.?|n°|#)\s*\d+)?$"
        r"|^sources?\s*:|^(?:disclaimer|avertissement|aviso)\s*:"
        r"|\bwas\s+this\s+(?:page|article|information)\s+(?:helpful|useful)\b"
        r"|^report\s+(?:an?\s+)?(?:problem|bug|correction|error|typo|issue|mistake)\b"
        r"|^(?:notice|noticed|spot|spotted|see|seen|found)\s+(?:a|an)\s+(?:typo|error|mistake)\b"
        r"|^about\s+this\s+(?:update|report|bulletin|page|data|article|story|series)\b"
        r"|^(?:get|keep)\s+in\s+touch\b"
        r"|^(?:thanks?|thank\s+you)\s+for\s+reading\b", I)),
    ("legal or site links", re.compile(
        r"^(?:privacy(?:\s+policy)?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions))?|"
        r"contact(?:\s+us)?|about(?:\s+us)?|careers|imprint|impressum|mentions\s+l[ée]gales|"
        r"politique\s+de\s+confidentialit[ée]|aviso\s+legal|accessibility|sitemap|"
        r"advertise(?:\s+with\s+us)?|rss\s+feeds?)$", I)),
    ("reading time or player", re.compile(
        r"^\d+\s*(?:min|mins|minutes?)(?:\s+(?:read|de\s+lecture|de\s+lectura|listen))?$"
        r"|^(?:reading\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura|lecture)\s*:?\s*\d+"
        r"|^(?:listen\s+to\s+(?:this\s+)?(?:article|story)|audio\s+version)\b.{0,30}$"
        r"|^\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?$"
        r"|^download\s+(?:the\s+)?(?:pdf|report|file|document|attachment)\b.{0,30}$"
        r"|^(?:print|email|save|share)\s+(?:this\s+)?(?:story|article|page|post)\s*:?$", I)),
    ("previous or next link", re.compile(
        r"^(?:«|‹|<|←)?\s*(?:previous|next|older|newer|pr[ée]c[ée]dent|suivant|anterior|"
        r"siguiente)(?:\s+(?:post|article|story|entry|page))?\s*(?:»|›|>|→)?\s*(?::\s*.+)?$", I)),
)

#: Byline and credit lines.
BYLINE_START = re.compile(
    r"^\(?(?:by|par|por|written\s+by|words\s+by|text\s+by|reported\s+by|compiled\s+by|"
    r"posted\s+by|story\s+by|author|authors|auteurs?|autor(?:es)?|reporter|correspondent|"
    r"editor|edited\s+by|r[ée]dig[ée]\s+par|escrito\s+por)\b\s*[:\-–—]?\s*(?P<rest>.*)$", I)
#: "(Reporting by X; Editing by Y)", "Reporting by X in Goma", "Translated by ...".
CREDITS = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated|"
    r"translation|research|graphics|production|produced|fact-?checking|reportage|"
    r"r[ée]daction|traducci[óo]n)\s+(?:by|par|por)\b"
    r"|\bcontributed\s+(?:reporting\b|to\s+this\s+(?:report|story|article)\b)", I)
#: Desk and staff signatures, named agencies alone, wire sign-offs ("--IANS", "ak/").
STAFF_LINE = re.compile(
    r"^(?:our\s+|a\s+|from\s+our\s+|special\s+|senior\s+|staff\s+|local\s+)?(?:staff\s+)?"
    r"(?:reporter|correspondent|writer|journalist|bureau|desk|newsroom|reporters|"
    r"correspondents|staff|editors?|team)"
    r"(?:\s*[,|–—-]\s*[\w' ]{1,30})?$"
    r"|^[\w.' ]{1,40}\s+(?:desk|newsroom|news\s+service|news\s+desk|bureau|staff|"
    r"correspondents?|reporters?|editorial\s+team|team)(?:\s*[,|–—-]\s*[\w' ]{1,30})?$"
    r"|^(?:la\s+r[ée]daction|par\s+la\s+r[ée]daction|redacci[óo]n(?:\s+[\w ]{1,30})?|"
    r"[ée]quipe\s+[\w ]{1,30}|agencies|agency|wires|wire\s+services?|news\s+agencies|"
    r"from\s+our\s+partners|from\s+wire\s+reports|staff\s+and\s+agencies|"
    r"[\w ]{1,30}\s+with\s+agencies)$"
    r"|^[-–—]{1,3}\s*[A-Za-z]{2,12}$|^[a-z]{1,4}/[a-z]{0,4}$", I)
NEWS_AGENCIES = re.compile(
    r"^\(?(?:reuters|afp|agence\s+france[- ]presse|ap|the\s+associated\s+press|associated\s+press|"
    r"pti|ians|ani|uni|xinhua|anadolu(?:\s+agency)?|aa|dpa|efe|ansa|unb|bss|apa|kyodo|yonhap|"
    r"tass|ria\s+novosti|ukrinform|interfax|sana|wam|qna|kuna|upi|bernama|irna|mena|"
    r"somali\s+national\s+news\s+agency|allafrica|aps)\)?\.?$", I)
#: The first word after "By" that makes it a sentence, not a byline ("By Tuesday, ...").
NOT_A_BYLINE_START = re.compile(
    rf"^(?:{WEEKDAY}|{MONTHS_EN}|the|a|an|late|early|mid|noon|midday|midnight|dawn|dusk|"
    r"nightfall|evening|morning|afternoon|then|now|contrast|comparison|far|then|last|next|"
    r"this|that|these|those|early|end|\d)\b", I)
#: Words allowed in a byline besides capitalised names.
BYLINE_WORDS = frozenset("""
and & in de da del la le van von der al el bin ibn du of our staff reporter reporters
correspondent correspondents writer editor special senior team the desk bureau newsroom
y et e und with for from
""".split())

#: "Updated:", "Published:", "Posted on" and their French and Spanish forms: a metadata line
#: whose date the cleaner uses before dropping it.
DATE_LINE_START = re.compile(
    r"^(?:[\w ]{1,25}[,|·•]\s*)?(?:last\s+)?(?:updated|update|modified|published|posted|"
    r"first\s+published|date|dated|uploaded|released|issued|publi[ée]e?|mis\s+[àa]\s+jour|"
    r"actualis[ée]e?|publicad[oa]|actualizad[oa]|atualizad[oa])"
    r"(?:\s+(?:on|at|le|el|em|:))?\s*:?\s*(?P<rest>.*)$", I)
RELATIVE_AGE = re.compile(
    r"\b(?:\d+|an?|one|few)\s+(?:seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago\b|"
    r"\b(?:just\s+now|yesterday|today)\b|\bil\s+y\s+a\s+\d+|\bhace\s+\d+", I)
#: Words that may stand beside a date in a metadata line ("Friday, 5 Jan 2025 | 3 min read").
META_FILLER = re.compile(
    rf"\b(?:{WEEKDAY}|at|on|le|el|de|à|a|by|par|por|min|mins|read|lecture|comments?|"
    r"updated|published|posted|last|first|modified|am|pm|hrs?|local time|\d+)\b", I)

#: Markdown and HTML leftovers stripped from kept lines (the only characters the cleaner changes
#: in kept lines; see docs/cleaning.md).
MD_HEADING = re.compile(r"^#{1,6}\s+")
MD_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"
                         r"|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
BULLET = re.compile(r"^(?:[-*•·▪►–]|\d{1,2}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?…。؟\"”’»)]$")
REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|according\s+to|reported|stated|added|claimed|announced|dijo|"
    r"a\s+d[ée]clar[ée]|selon|seg[uú]n)\b", I)
