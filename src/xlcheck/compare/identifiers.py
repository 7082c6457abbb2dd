"""Identifiers (inline code) across the sides: kept as they are, or changed in place.

An identifier is matched character for character, anywhere in its unit's paragraph
group. One left unmatched on each side of a unit, of the same shape (both a dotted
field path, both a flag, both a number), is reported as changed (`.spec.replicas`
written `.spec.replica`, port `8080` written `8008`); an identifier only one side has
is not reported, since translations drop and add code formatting freely.

One identifier is written several ways on documentation pages: a method with or without
its call parentheses and through its prototype or not (`Date.getFullYear` and
`Date.prototype.getFullYear()`, MDN's macros), and a URL with or without `www.` and its
closing slash, so these are matched as one. So is a path with or without its closing slash
or `/*` (`debian`, `debian/`, `debian/*`: the directory and what it holds) or a sentence's
full stop caught inside the code span (`tar.gz.`), a code span with a gloss in brackets in
the translation's script (`Depends (依存)`), a placeholder in the page's own language
(`apt-get install <软件包名>`, `<パッケージ名>`), and a name that holds the language tag of
its own page (`maint-guide-zh-cn` on the Chinese page, `maint-guide-ja` on the Japanese
one). Two
identifiers of several words with no word of three letters or more in common
(`only-if-cached` and `no-cache`, `no-transform` and `no-store`) are two identifiers, not
one changed, and so is a list of values and one of its values (`max-age=0,
must-revalidate` and `must-revalidate`). Nor is an identifier changed when the other side
writes it in its sentence all the same, with only part of it marked as code (`make
<code>uninstall</code>` against `<code>make uninstall</code>`), nor when one names by its
path the file the other names (`debian/control` and `control`).

Nor is an identifier changed by the width of its punctuation or the spaces inside it
(`{code：0}` typed with a Chinese input method against `{ code: 0 }`), nor by a string
literal the translation translated when the literal is a message: an example's message is
the page's prose (`node.warn("Warning")` against `node.warn("警告")`, `res.send("hello")`).
A literal is code when it is the argument of a call or the value of a key that takes a
name (`require`, `get`, `getenv`, `on`, `emit`; rules/common/code.toml), stands in a
subscript (`environ["HOME"]`), or is shaped like code (a path, a dotted or hyphenated key,
a selector, a name in capitals): translating it breaks the code, and `require("fs")`
against `require("ファイル")` is a change. Prose (words with spaces, a closing mark) and
the argument of a call that shows text (`warn`, `alert`, `text:`) are messages whatever
their shape. Two literals in Latin letters that differ (`node.warn("Error")`) are still a
change.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from ..model import Fact, Finding
from ..regexes import compiled
from ..rules.code import LiteralWords, placeholder_key
from ..rules.registry import make_finding
from ..scripts import KATAKANA_WORD
from .relations import open_facts
from .translit import skeleton

# How alike two identifiers must be to be one identifier changed, not two different ones.
CHANGED_SIMILARITY = 0.6

_CALL = compiled(r"\(\)$")
_WORDS = compiled(r"[-_./:]+")
_WWW = compiled(r"(https?://)(?:www\.)?")
# What ends a path without changing what it names: a closing slash, `/*`, a full stop.
_PATH_END = compiled(r"(?<=[\w~])(?:/\*?|\.)$")
# A backslash between the parts of a path written alone (`GPT_SoVITS\pretrained_models`,
# `C:\Users\name`): Windows writes with it the path the other page writes with slashes.
# Not in a key with quotes (an escape in a string literal: `printf("a\n")`).
_BACKSLASH = compiled(r"(?<=[\w.~:%$])\\(?=[\w.~%$])")
_NO_PATH = compiled(r"[\"'`]")
# What a gloss in brackets after a code span is written in: Chinese or Japanese.
_CJK = compiled(r"[\u3040-\u30ff\u3400-\u9fff]")
# A placeholder a translation translates inside a code span: `apt-get install <软件包名>`
# and `apt-get install <パッケージ名>` are one command.
_PLACEHOLDER = compiled(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
# One placeholder of the page's script with the Latin words and spaces it holds between
# its letters (你的GitHub账户名, 你的 API 密钥): no `/`, `:`, `@` or `.` of the code.
_PLACEHOLDER_RUN = compiled(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"
    r"(?:[A-Za-z0-9_ -]+[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+)*"
)
# A placeholder the original writes in capitals (PACKAGE, LANG, VERSION) and a translation
# in brackets in its own script, a run already folded to … (`[パッケージ]`, `<软件包名>`).
_UPPER_WORD = compiled(r"(?<![A-Za-z0-9])[A-Z][A-Z_]{2,}(?![A-Za-z0-9])")
_BRACKETED = compiled(r"[\[<(（【〈]…[\]>)）】〉]")
# A placeholder in brackets (`<description>`, `<commit message>`, `[options]`, `<説明>`),
# which a translation may keep in English or write in its own script: its words.
_PLACEHOLDER_WORDS = compiled(r"<([^<>\s][^<>]*)>|\[([^\[\]\s][^\[\]]*)\]")
# A variable of the shell or of the environment (`$PATH`, `${HOME}`, `%APPDATA%`): code
# whose name translated breaks the command, no placeholder; so is a word in capitals
# inside a string literal (`getenv("HOME")`).
_VARIABLE = compiled(r"[$%]\{?[A-Z][A-Z_]{2,}")
# A language tag between separators (`maint-guide-zh-cn`, `docs/ja/`, `po/zh_CN.po`).
_LANG_TAG = compiled(
    r"(?<![^\W_])(?:zh(?:[-_](?:cn|tw|hk|sg|hans|hant))?|ja(?:[-_]jp)?|jp)(?![^\W_])",
    re.IGNORECASE,
)
# A placeholder in double braces (tldr-pages: `{{package}}`, `{{路径/到/文件}}`), the key
# split at them; what marks one as a template's expression instead (`{{ .Values.x
# }}`, `{{ $x }}`, `{{ name | upper }}`, a call or a string); a file ending it writes.
_BRACE = compiled(r"\{\{[^{}]*\}\}")
_BRACE_PART = compiled(r"(\{\{[^{}]*\}\})")
# A placeholder in Latin letters: a word or a path first (`/path/to/file`, `~/dir`,
# `./dir`), then words, paths, file endings, digits, a colon's parts (`image:tag`).
_LATIN_WORDS = compiled(
    r"(?:[A-Za-z]|[/~.]{1,2}[A-Za-z])[\w./:~-]*(?:\s+(?:[A-Za-z]|[/~.]{1,2}[A-Za-z])[\w./:~-]*)*"
)
_TEMPLATE = compiled(r"^\{\{-?\s*(?:\.(?![./])|\$)|[|(\"']")  # (not a path: {{./src}})
_FILE_ENDING = compiled(r"(?:\.[A-Za-z][A-Za-z0-9]{0,4})+$")
# A list of values written as one code span: `max-age=0, must-revalidate`.
_LIST = compiled(r"[,\s]+")
# A string literal inside a code span: "…" or '…'.
_LITERAL = compiled(r"(\"|')([^\"'\n]*)\1")
# A name's parts: after an underscore, or a capital after a lower-case letter (showToast).
_WORD_PARTS = compiled(r"_+|(?<=[a-z0-9])(?=[A-Z])")
# A literal that reads as prose: words with a space between them, a sentence's closing
# mark, or one capitalised word (`"Hello world"`, `"Done!"`, `"Warning"`).
_PROSE = compiled(r"\S\s+\S|[.!?…]\s*$|^[A-Z][a-z]+$")
# A literal shaped like code: a path, a dotted, hyphenated or snake key, a selector or an
# address, a name in capitals (`./data.txt`, `user.name`, `max-age`, `#title`, `HOME`).
_CODE_SHAPE = compiled(r"[/\\#@:]|\w[.\-_]\w|^[A-Z][A-Z0-9_]+$")
# The shortest word two identifiers of several words share to be one identifier changed
# (`.spec.replicas` / `.spec.replica` share spec; no-store / no-transform only no).
SHARED_WORD = 3


def _match_key(key: str) -> str:
    """The form identifiers are matched by: no call parentheses, no prototype path, and a
    URL without its `www.` and its closing slash (`http://www.foo.com/` = `http://foo.com`)."""
    key = _CALL.sub("", key).replace(".prototype.", ".")
    if _NO_PATH.search(key) is None:
        key = _BACKSLASH.sub("/", key)
    if _WWW.match(key):
        key = _WWW.sub(r"\1", key).rstrip("/")
    else:
        key = _PATH_END.sub("", _PLACEHOLDER.sub("…", _without_gloss(key)))
    return _LANG_TAG.sub("{lang}", key)


def _closing_brackets(key: str) -> int | None:
    """Where the brackets that close a key open (`Depends (依存)`, `安定版 (stable)`), or
    None when the key ends otherwise or opens with them."""
    if not key.endswith((")", "）")):
        return None
    opening = max(key.rfind("("), key.rfind("（"))
    return opening if opening > 0 else None


def _without_gloss(key: str) -> str:
    """A code span without the gloss in brackets a translation added after it:
    `Depends (依存)` is `Depends`."""
    opening = _closing_brackets(key)
    if opening is None:
        return key
    inside = key[opening + 1 : -1]
    if not _CJK.search(inside) or any(ch in "()（）\"'" for ch in inside):
        return key  # a call's quoted argument (`node.warn("警告")`) is no gloss
    return key[:opening].rstrip()


def pair_identifiers(
    units, matched: set[int], texts: dict[str, dict[str, str]], words: LiteralWords
) -> list[Finding]:
    """Match identifiers per paragraph group; report the ones changed in place. `texts`
    holds the segments' texts by side and segment id (`("source", "p1.s1")`); `words`
    the calls and keys whose literal is a message or a name (rules/common/code.toml)."""
    groups: dict[int, list] = {}
    for unit in units:
        groups.setdefault(unit.pair.group, []).append(unit)
    for members in groups.values():
        targets = [f for u in members for f in u.target if f.kind == "identifier"]
        keys: dict[str, list[Fact]] = {}
        for fact in targets:
            keys.setdefault(_match_key(fact.value.key), []).append(fact)
        for unit in members:
            for fact in unit.source:
                key = _match_key(fact.value.key) if fact.kind == "identifier" else None
                if key in keys:
                    matched.add(id(fact))
                    for other in keys[key]:
                        matched.add(id(other))
    _match_nearby(groups, matched, words)
    findings = []
    for unit in units:
        left = open_facts(unit.source, "identifier", matched)
        right = open_facts(unit.target, "identifier", matched)
        for ours, theirs in _changed_pairs(left, right, words):
            matched.update((id(ours), id(theirs)))
            if not (
                _written_in(ours.value.key, unit.pair.target, texts["target"])
                or _written_in(theirs.value.key, unit.pair.source, texts["source"])
            ):
                findings.append(make_finding("identifier", "changed", ours, theirs, unit.index))
    return findings


def _changed_pairs(left: list[Fact], right: list[Fact], words: LiteralWords):
    """The identifiers left open on both sides of a unit that are one identifier changed:
    the one on each side, of the same shape; or, several on each side, each one's closest
    of the same shape on the other side where it is theirs too (`go-webui.bat` and
    `go-webui-v2.bat`, `go-webui.ps1` and `go-webui-v2.ps1` of one sentence), in order."""
    if not left or not right:
        return []
    keys = [[_without_gloss(f.value.key) for f in side] for side in (left, right)]
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0])] if _same_shape(keys[0][0], keys[1][0], words) else []

    def closest(key: str, others: list[str]) -> int | None:
        scores = [
            (SequenceMatcher(None, key, other).ratio(), at)
            for at, other in enumerate(others)
            if _same_shape(key, other, words)
        ]
        return max(scores)[1] if scores else None

    pairs = []
    for at, key in enumerate(keys[0]):
        there = closest(key, keys[1])
        if there is not None and closest(keys[1][there], keys[0]) == at:
            pairs.append((left[at], right[there]))
    return pairs


def _match_nearby(groups: dict[int, list], matched: set[int], words: LiteralWords) -> None:
    """Match the identifiers left over in a paragraph group with one of the group or of the
    next or previous one that is the same identifier, spelled alike or not (`sudo apt
    remove {{package}}`, `sudo apt remove {{パッケージ}}`): the sentence alignment may have
    put a command beside the description of the other page's."""
    targets = {
        group: [f for u in members for f in open_facts(u.target, "identifier", matched)]
        for group, members in groups.items()
    }
    for group, members in groups.items():
        for fact in (f for u in members for f in open_facts(u.source, "identifier", matched)):
            a = _without_gloss(fact.value.key)
            for other in (f for g in (group, group - 1, group + 1) for f in targets.get(g, ())):
                if id(other) in matched:
                    continue
                b = _without_gloss(other.value.key)
                if (
                    _match_key(a) == _match_key(b)
                    or spelled_alike(a, b, words)
                    or spelled_alike(b, a, words)
                ):
                    matched.update((id(fact), id(other)))
                    break


def _written_in(key: str, segments, texts: dict[str, str]) -> bool:
    """Whether the other side's sentences write `key` whole (not inside a longer Latin
    word), spaced as they like: keys are compared without white space."""
    spaced = r"\s*".join(re.escape(ch) for ch in key)
    pattern = re.compile(rf"(?<![A-Za-z0-9_.-]){spaced}(?![A-Za-z0-9_-])")
    return any(pattern.search(texts[segment]) for segment in segments)


# The file suffix of a loadable module: `pam_unix` and `pam_unix.so`, `ext4` and `ext4.ko`.
_MODULE_FILE = compiled(r"\.(?:so(?:\.\d+)*|ko|dll|dylib)$")


def spelled_alike(a: str, b: str, words: LiteralWords | None = None) -> bool:
    """Whether `b` is `a` spelled another way: with … for ... (`apt-get install ...`), a
    module named with its file suffix (`pam_unix.so`), a placeholder each side writes in
    its own script in the same place (`http://服务器IP:3000`, `http://サーバーIP:3000`) or
    in English on the other page (`https://你的域名/api`, `https://your-domain/api`), a
    message translated in a literal (`words`: the calls and keys that show one or take a
    name), a placeholder in capitals translated in brackets (`manpages-LANG` for
    `manpages-[言語]`), or a translated term glossed by the identifier in brackets
    (`安定版 (stable)` for `stable`)."""
    if a.replace("...", "…") == b.replace("...", "…"):
        return True
    if _MODULE_FILE.sub("", b) == a:
        return True
    if _compact(a) == _compact(b) or _literals_translated(a, b, words or LiteralWords()):
        return True
    if _comment_translated(a, b):
        return True  # `1 + 2 // 结果是 3` and `1 + 2 // 答えは 3`
    if _PLACEHOLDER.search(a) and _PLACEHOLDER.sub("…", a) == _PLACEHOLDER.sub("…", b) != b:
        return True  # `ssh 用户名@主机` and `ssh ユーザー名@ホスト`
    if _braces_translated(a, b):
        return True  # `apt install {{package}}` and `apt install {{パッケージ}}`
    if _options_unfolded(a, b):
        return True  # `ffmpeg {{[-c|-codec]}} copy` and `ffmpeg -codec copy`
    if (
        words is not None
        and _PLACEHOLDER.search(a)
        and not _PLACEHOLDER.search(b)
        and _in_english(a, words.placeholder_openers).fullmatch(b)
    ):
        return True  # `https://你的域名/api` and `https://your-domain/api`
    if (
        _UPPER_WORD.search(a)
        and not _VARIABLE.search(a)
        and not any(_UPPER_WORD.search(literal[2]) for literal in _LITERAL.finditer(a))
        and _UPPER_WORD.sub("…", a) == _BRACKETED.sub("…", _PLACEHOLDER.sub("…", b))
    ):
        return True  # /usr/share/doc/PACKAGE/copyright, /usr/share/doc/[パッケージ]/copyright
    if _glossed_term(b) == a:
        return True  # 安定版 (stable) for stable
    if _possessive_translated(a, b) or _possessive_translated(b, a):
        return True  # `Electron's Discord` and `Electron の Discord`: a label translated
    if _label_word_translated(a, b):
        return True  # `1-GPT-SoVITS-TTS/1C-推理` and `…/1C-inference`: a tab's label
    if words is not None and _english_placeholders_alike(a, b, words.placeholder_openers):
        return True  # `https://<username>.github.io` and `https://<YOUR_USERNAME>.github.io`
    # 证书（Certificates）、标识符（Identifiers） for Certificates, Identifiers
    joiners = words.list_joiners if words is not None else ()
    glossed = _glossed_list(b, joiners)
    return glossed is not None and glossed == _english_list(a, joiners)


def _english_placeholders_alike(a: str, b: str, openers: tuple[str, ...]) -> bool:
    """Whether two identifiers differ only in how they write one placeholder in angle
    brackets in English: its case, its separators and an opener (`your`, placeholder_openers
    of rules/common/code.toml) aside (`<username>` and `<YOUR_USERNAME>`, `<project-id>`
    and `<Project ID>`); `<name>` and `<email>` are two placeholders."""
    found = [_ANGLE_PLACEHOLDER.findall(key) for key in (a, b)]
    if not found[0] or len(found[0]) != len(found[1]) or found[0] == found[1]:
        return False
    if _ANGLE_PLACEHOLDER.sub("<>", a) != _ANGLE_PLACEHOLDER.sub("<>", b):
        return False

    def folded(word: str) -> str:
        word = re.sub(r"[\s_-]+", " ", word.casefold()).strip()
        for opener in openers:
            if word.startswith(opener + " "):
                return word[len(opener) + 1 :].replace(" ", "")
        return word.replace(" ", "")

    return all(folded(x) == folded(y) for x, y in zip(*found, strict=True))


_ANGLE_PLACEHOLDER = compiled(r"<([A-Za-z][A-Za-z _-]*)>")


def _label_word_translated(a: str, b: str) -> bool:
    """Whether two identifiers differ only in one word that one writes in Chinese or
    Japanese and the other in English letters, at the same place after a shared part of
    MIN_SHARED_LABEL characters or more (`1-GPT-SoVITS-TTS/1C-推理` and `1-GPT-SoVITS-TTS/
    1C-inference`): a label of a user interface each page names in its readers' language,
    no value changed. Two Latin words that differ (`1C-infer`, `1C-train`) still are, and
    so is a literal of code (`require("fs")` against `require("ファイル")`) and an address."""
    if any(mark in a or mark in b for mark in _CODE_MARKS):
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    if start + end < MIN_SHARED_LABEL:
        return False
    ours, theirs = a[start : len(a) - end], b[start : len(b) - end]
    return bool(ours and theirs) and (
        (_OWN_WORD.fullmatch(ours) is not None and _ENGLISH_WORD.fullmatch(theirs) is not None)
        or (_OWN_WORD.fullmatch(theirs) is not None and _ENGLISH_WORD.fullmatch(ours) is not None)
    )


# a call, a literal, a setting, an address (a word of one's own script in an address is a
# placeholder: `https://gitee.com/您的用户名/demo` against `…/admin/demo` is a value given)
# (and a placeholder in brackets, compared as one: `<pod>` against `<ノード>` is a change)
_CODE_MARKS = ("(", ")", '"', "'", "=", "$", "://", "@", "www.", "<", "[", "{")
MIN_SHARED_LABEL = 3  # characters the two identifiers share around the translated word
_OWN_WORD = compiled(r"[\u3040-\u30ff\u3400-\u9fff]+")  # 推理, 推論, インファレンス
_ENGLISH_WORD = compiled(r"[A-Za-z]+(?: [A-Za-z]+)*")


# A label of two names joined by the English possessive (`Electron's Discord`), and that
# possessive as Japanese and Chinese write it (`Electron の Discord`, `Electron 的 Discord`).
# (keys are compared without spaces: `Electron'sDiscord`)
_POSSESSIVE = compiled(r"(?P<owner>[^'’]+)['’]s\s?(?P<owned>[A-Za-z].*)")
_POSSESSIVE_JOINERS = ("の", "的")


def _possessive_translated(english: str, other: str) -> bool:
    """Whether a code span of English words with a possessive (`Electron's Discord`), a
    link's label more than code, is written with the possessive of the other language and
    the same names (`Electron の Discord`)."""
    match = _POSSESSIVE.fullmatch(english)
    if match is None:
        return False
    owner, owned = match["owner"], match["owned"]
    return any(
        other.replace(" ", "") == f"{owner}{joiner}{owned}".replace(" ", "")
        for joiner in _POSSESSIVE_JOINERS
    )


def _options_unfolded(a: str, b: str) -> bool:
    """Whether `a` and `b` are one command once tldr-pages' option alternatives are read
    (`{{[-c|--codec]}}`: the short or the long form, either typed): each alternative of
    either side taken as the last one written, in the placeholder and as an option alone
    (`{{[-c|-codec]}}:a` and `-codec:a`, `{{[-s|--silent]}}` and `-s`); the commands then
    equal, or equal but for placeholders written in each page's words."""
    found = _OPTIONS.findall(a) + _OPTIONS.findall(b)
    if not found:
        return False
    canonical = {}
    for group in found:
        options = group.split("|")
        for option in options:
            canonical[option.strip()] = options[-1].strip()

    def unfolded(key: str) -> str:
        key = _OPTIONS.sub(lambda match: match.group(1).split("|")[-1].strip(), key)
        return _OPTION.sub(lambda match: canonical.get(match.group(0), match.group(0)), key)

    first, second = unfolded(a), unfolded(b)
    return first == second or _braces_translated(first, second)


def _comment_translated(a: str, b: str) -> bool:
    """Whether `a` and `b` are one line of code with its comment (after `//` or `#`) said
    in each page's language: the code before the comments alike, a comment in Chinese or
    Japanese on one side at least, and the figures of the comments alike (`1 + 2 // 结果是
    3` and `1 + 2 //期待される答えは 3 です。`; a 4 there would be a changed result)."""
    first, second = _commented(a), _commented(b)
    if first is None or second is None:
        return False
    (code, said), (other_code, other) = first, second
    if not code or code != other_code:
        return False
    if not (_CJK.search(said) or _CJK.search(other)):
        return False
    return _FIGURES.findall(said) == _FIGURES.findall(other)


def _without_comment(key: str) -> str:
    """A line of code without its comment in Chinese or Japanese (`1+2//结果是3` is
    `1+2`); the key as it is where it has none."""
    commented = _commented(key)
    if commented is None or not _CJK.search(commented[1]):
        return key
    return commented[0]


def _commented(key: str) -> tuple[str, str] | None:
    """A line of code and its comment (`1+2//结果是3`: `1+2` and `结果是3`), or None."""
    found = _LINE_COMMENT.search(key)
    if found is None:
        return None
    return key[: found.start()].strip(), key[found.end() :]


# a line comment's opening, in a key written without its spaces: // (not that of http://)
# or # before a word in Chinese or Japanese (not #<issue>, #123)
_LINE_COMMENT = compiled(r"(?<![:/])//|#(?=[\u3040-\u30ff\u3400-\u9fff])")
_FIGURES = compiled(r"\d+(?:\.\d+)?")
# tldr-pages' alternatives of one option in a placeholder (`{{[-c|--codec]}}`), and an option
# alone (`-c`, `--codec`, `-filter:v`)
_OPTIONS = compiled(r"\{\{\[((?:[^\[\]{}|]+\|)+[^\[\]{}|]+)\]\}\}")
_OPTION = compiled(r"(?<![\w-])--?[A-Za-z][\w:-]*")


def _braces_translated(a: str, b: str) -> bool:
    """Whether `a` and `b` are one command whose placeholders in double braces (tldr-pages'
    `{{…}}`: the value a reader types) a page wrote in its own words: at least one of them
    in Chinese or Japanese, none a template's expression (`{{ .Values.x }}`, `{{ x | f }}`),
    the code around them and the file ending inside them the same (`{{目标文件.tar}}` and
    `{{出力ファイル名.tar}}`). A run of them separated by spaces is one value the other page
    may split or join (`{{文件1 文件2 ...}}`, `{{ファイル1}} {{ファイル2}}`)."""
    return _brace_placeholders(a, b) and _braces_folded(a) == _braces_folded(b) != a


def _brace_placeholders(a: str, b: str) -> bool:
    """Whether the double braces of `a` and `b` are placeholders in words: one at least in
    Chinese or Japanese, none a template's expression."""
    tokens = _BRACE.findall(a) + _BRACE.findall(b)
    return any(_PLACEHOLDER.search(token) for token in tokens) and not any(
        _TEMPLATE.search(token) for token in tokens
    )


def _braces_folded(key: str) -> str:
    """`key` with each placeholder in double braces that holds words (Chinese, Japanese,
    or Latin letters first: `{{目标文件.tar}}`, `{{package}}`) as `{{…}}` and the file ending
    it writes (`{{….tar}}`), and a list as `{{…list}}`: one placeholder that writes `...`
    (`{{文件1 文件2 ...}}`) or a run of numbered ones (`{{ファイル1}}{{ファイル2}}`; keys are
    compared without spaces). A value (`{{10}}`, `{{8080}}`, `{{*.html}}`) stays as written,
    and so do two placeholders side by side that are no list (`{{源文件}}{{目标文件}}`)."""
    parts = _BRACE_PART.split(key)
    out: list[str] = []
    numbered: list[str] = []  # the endings of the numbered placeholders of a run

    def close_run() -> None:
        if len(numbered) > 1:
            out.append("{{…list" + numbered[-1] + "}}")
        elif numbered:
            out.append("{{…" + numbered[0] + "}}")
        numbered.clear()

    for index, part in enumerate(parts):
        if index % 2 == 0:  # the code between placeholders; spaces go on with a run
            if part and not (numbered and not part.strip()):
                close_run()
                out.append(part)
            continue
        words = part[2:-2].strip()
        listed = words.endswith(("...", "…"))
        words = words.removesuffix("...").rstrip("…").strip()
        if not (_PLACEHOLDER.search(words) or _LATIN_WORDS.fullmatch(words)):
            close_run()
            out.append(part)
            continue
        found = _FILE_ENDING.search(words)
        ending = found.group() if found else ""
        if listed:
            close_run()
            out.append("{{…list" + ending + "}}")
        elif words[-1:].isdigit():
            numbered.append(ending)
        else:
            close_run()
            out.append("{{…" + ending + "}}")
    close_run()
    return "".join(out)


def _in_english(identifier: str, openers: tuple[str, ...]) -> re.Pattern[str]:
    """The identifier with each placeholder in Chinese or Japanese (a Latin word or a
    space inside it is its own: 你的GitHub账户名, 你的 API 密钥) written as one in
    English: a word that opens with a word a placeholder opens with (`openers`,
    rules/common/code.toml `placeholder_openers`: `your-domain`, `YOUR_API_KEY`,
    `example.com`), of letters, digits, `-`, `_` and dots, or any such word in angle or
    curly brackets (`<whoeveryouare>`, `{username}`); the code around them as it is (no
    path or port: `/` and `:` are the code's). A word in capitals alone may be a name of
    the code (`getenv("HOME")`), no placeholder."""
    opened = "|".join(re.escape(word) for word in openers) or "(?!)"
    # or any word in angle or curly brackets (`<whoeveryouare>`, `{username}`): the
    # brackets say it is a placeholder
    placeholder = rf"(?:(?i:(?:{opened})[\w.-]*)|<[\w.-]+>|\{{[\w.-]+\}})"
    parts = _PLACEHOLDER_RUN.split(identifier)
    return re.compile(placeholder.join(re.escape(part) for part in parts))


def _placeholders_folded(a: str, b: str, words: LiteralWords) -> tuple[str, str] | None:
    """Both identifiers with their placeholders as …, when each placeholder of one says
    what the other's says in its place and one of them is written in Chinese or Japanese
    (`BREAKING CHANGE: <description>` and `BREAKING CHANGE: <説明>`); None otherwise
    (`<pod>` against `<ノード>` names another thing, `<name>` against `<email>` too)."""
    ours, theirs = _PLACEHOLDER_WORDS.findall(a), _PLACEHOLDER_WORDS.findall(b)
    if not ours or len(ours) != len(theirs):
        return None
    pairs = [("".join(x), "".join(y)) for x, y in zip(ours, theirs, strict=True)]
    if all(x.isascii() and y.isascii() for x, y in pairs):
        return None
    if not all(_said_alike(x, y, words) for x, y in pairs):
        return None
    return _PLACEHOLDER_WORDS.sub("…", a), _PLACEHOLDER_WORDS.sub("…", b)


def _said_alike(first: str, second: str, words: LiteralWords) -> bool:
    """Whether two placeholders say the same: the same words, or an English one and a
    Chinese or Japanese word for it (rules/common/code.toml `placeholder_words`), or the
    English in katakana (`pod`, `ポッド`)."""
    if first == second:
        return True
    first, second = _differing_middles(first, second)  # localhost: + 端口号, + port number
    english, other = (first, second) if first.isascii() else (second, first)
    if not english.isascii() or other.isascii():
        return False
    folded = placeholder_key(english)
    if (folded, other) in words.placeholders:
        return True
    if KATAKANA_WORD.fullmatch(other) is not None and skeleton(other) == skeleton(folded):
        return True
    return _said_word_by_word(english, other, words)


def _differing_middles(first: str, second: str) -> tuple[str, str]:
    """What two placeholders write differently between the code they share around it, at
    the ends of words (`localhost:端口号` and `localhost:portnumber`: 端口号 and
    portnumber); the two whole where they share no such edge."""
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    while start and first[start - 1].isalnum():
        start -= 1  # (not inside a word: `port` of portnumber and port)
    end = 0
    limit = min(len(first), len(second)) - start
    while end < limit and first[-1 - end] == second[-1 - end]:
        end += 1
    while end and first[len(first) - end].isalnum():
        end -= 1
    middles = first[start : len(first) - end], second[start : len(second) - end]
    return middles if all(middles) else (first, second)


# The words of an English placeholder: split at `-`, `_`, spaces and a capital after a
# lower-case letter (env-prefix, issue_number, projectPath).
_ENGLISH_WORDS = compiled(r"[-_\s]+|(?<=[a-z0-9])(?=[A-Z])")
# What joins two words of a placeholder written in Chinese or Japanese (项目的路径,
# リポジトリのURL).
_WORD_JOINERS = ("", "的", "の")


@lru_cache(maxsize=8)
def _renderings(placeholders: frozenset[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """The `placeholder_words` table by English word: each word's renderings, built once
    per table (a frozenset keeps its hash, so the look-up is cheap)."""
    table: dict[str, list[str]] = {}
    for key, rendering in sorted(placeholders):
        table.setdefault(key, []).append(rendering)
    return {key: tuple(renderings) for key, renderings in table.items()}


def _said_word_by_word(english: str, other: str, words: LiteralWords) -> bool:
    """Whether a placeholder in Chinese or Japanese writes an English one of several
    words word by word, in the English order (the modifier first, as Chinese and Japanese
    nouns put it), each word kept as it is (any case) or written as a word of
    rules/common/code.toml `placeholder_words` or in katakana, maybe joined by 的 or の:
    `<env-prefix>` = `<环境前缀>`, `<issue_number>` = `<issue编号>`."""
    parts = [part for part in _ENGLISH_WORDS.split(english) if part]
    if len(parts) < 2:
        return False
    table = _renderings(words.placeholders)
    ends = {0}
    for index, part in enumerate(parts):
        key = placeholder_key(part)
        reached = set()
        for start in ends:
            for joiner in _WORD_JOINERS if index else ("",):
                if not other.startswith(joiner, start):
                    continue
                at = start + len(joiner)
                for form in (part, *table.get(key, ())):
                    if other[at : at + len(form)].casefold() == form.casefold():
                        reached.add(at + len(form))
                reached.update(
                    at + length
                    for length in range(2, len(other) - at + 1)
                    if KATAKANA_WORD.fullmatch(other[at : at + length]) is not None
                    and skeleton(other[at : at + length]) == skeleton(key)
                )
        ends = reached
    return len(other) in ends


def _compact(key: str) -> str:
    """An identifier without the width of its characters and the spaces inside it."""
    return "".join(unicodedata.normalize("NFKC", key).split())


def _literals_translated(a: str, b: str, words: LiteralWords) -> bool:
    """Whether `a` and `b` differ only in string literals that are messages one side
    writes in Chinese or Japanese (`node.warn("警告")`), not in a module, key or path."""
    literals_a, literals_b = list(_LITERAL.finditer(a)), list(_LITERAL.finditer(b))
    if not literals_a or len(literals_a) != len(literals_b):
        return False
    if _compact(_LITERAL.sub('""', a)) != _compact(_LITERAL.sub('""', b)):
        return False
    return all(
        x[2] == y[2] or _translated_message(x, a, y, words)
        for x, y in zip(literals_a, literals_b, strict=True)
    )


def _translated_message(x: re.Match, a: str, y: re.Match, words: LiteralWords) -> bool:
    """Whether literal `y` translates literal `x` (of `a`) as a message: one side is in
    Chinese or Japanese, and the Latin one (if any) is prose, the argument of a call that
    shows text, or neither code by its call nor by its shape."""
    latin = [m[2].strip() for m in (x, y) if not _CJK.search(m[2])]
    if len(latin) == 2:
        return False
    if not latin or _PROSE.search(latin[0]):
        return True
    call = _literal_call(a, x.start())
    if call is None:  # a subscript: `environ["HOME"]`
        return False
    if _named_by(call, words.messages):
        return True
    return not (_named_by(call, words.names) or _CODE_SHAPE.search(latin[0]))


def _literal_call(text: str, start: int) -> str | None:
    """The key a literal at `start` is the value of, or the call whose parentheses hold it
    (`Toast.makeText(this, "saved", 0)`: makeText); "" when neither, None in a subscript."""
    before = text[:start].rstrip()
    if before.endswith("["):
        return None
    if before.endswith((":", "=")):
        return _trailing_name(before[:-1])
    depth = 0
    for index in range(len(before) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(before[index], 0)
        if depth < 0:
            return _trailing_name(before[:index])
    return ""


def _trailing_name(text: str) -> str:
    """The name that ends `text` (spaces after it aside), read backwards: a pattern
    searched for it would retry at every character of a long run."""
    text = text.rstrip()
    start = len(text)
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$"):
        start -= 1
    return text[start:]


def _named_by(call: str, listed: frozenset[str]) -> bool:
    """Whether a call or key is listed, whole or by its last part (`showToast`, `getItem`:
    keys are compared without spaces, `thrownewError`)."""
    return call.casefold() in listed or _WORD_PARTS.split(call)[-1].casefold() in listed


def _glossed_term(key: str) -> str | None:
    """The identifier in the closing brackets of a translated term (`安定版 (stable)`)."""
    opening = _closing_brackets(key)
    if opening is None or _PLACEHOLDER.search(key, 0, opening) is None:
        return None
    return key[opening + 1 : -1].strip()


# One term of a label translated and glossed by its English in brackets (证书（Certificates）,
# 设置 (Settings)), after what joins it to the term before: a word of rules/common/words.toml
# `list_joiners` (、, a comma, 和/及/与/與, と/や, &, and, a slash...).
# no spaces around the joiner in the pattern (a run of spaces before no joiner would be
# tried again from each of its spaces: quadratic); the terms are stripped instead
_GLOSSED_TERM = (
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+\s*[（(]\s*(?P<english>[A-Za-z][^()（）]*?)\s*[)）]"
)


@lru_cache(maxsize=8)
def _label_patterns(joiners: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of a label's terms built from the words that join a list: one joiner,
    one glossed term after its joiner, and a joiner of Latin letters between two
    capitalised words of a key compared without its spaces (`SettingsandPrivacy`)."""
    ordered = sorted({word.strip() for word in joiners if word.strip()}, key=len, reverse=True)
    alternatives = [
        rf"\b{re.escape(word)}\b" if word.isascii() and word.isalpha() else re.escape(word)
        for word in ordered
    ] or [r"(?!)"]
    joiner = "|".join(alternatives)
    latin = "|".join(re.escape(word) for word in ordered if word.isascii() and word.isalpha())
    return (
        compiled(joiner),
        compiled(rf"(?P<joiner>\s*(?:{joiner})\s*)?{_GLOSSED_TERM}"),
        compiled(rf"(?<=[a-z])(?:{latin or '(?!)'})(?=[A-Z])"),
    )


def _glossed_list(key: str, joiners: tuple[str, ...]) -> list[str] | None:
    """The English terms of a label written as two or more translated terms each glossed
    in brackets and joined by a word of `joiners` (`证书（Certificates）、标识符
    （Identifiers）和个人资料（Profiles）`), casefolded; None for any other key."""
    glossed_item = _label_patterns(joiners)[1]
    terms: list[str] = []
    at, key = 0, key.strip()
    while at < len(key):
        match = glossed_item.match(key, at)
        if match is None or bool(match.group("joiner")) != bool(terms):
            return None
        terms.append(match.group("english").casefold())
        at = match.end()
    return terms if len(terms) > 1 else None


def _english_list(key: str, joiners: tuple[str, ...]) -> list[str] | None:
    """The terms of a label written in English and joined by a word of `joiners`
    (`Certificates, Identifiers & Profiles`), casefolded; None when it holds Chinese or
    Japanese."""
    if _PLACEHOLDER.search(key):
        return None
    joiner, _, compact = _label_patterns(joiners)
    # (a key is compared without its spaces: `Settings and Privacy` is SettingsandPrivacy)
    terms = joiner.split(compact.sub(lambda word: f" {word[0]} ", key.strip()))
    return [term.strip().casefold() for term in terms if term.strip()]


def _shape(key: str) -> str:
    return "".join("9" if ch.isdigit() else "a" if ch.isalpha() else ch for ch in key)


def _same_shape(a: str, b: str, words: LiteralWords) -> bool:
    if a.casefold() == b.casefold():
        return False  # a change of case only: not worth a finding
    if spelled_alike(a, b, words) or spelled_alike(b, a, words):
        return False
    if a.isdigit() and b.isdigit():
        return True
    code_a, code_b = _without_comment(a), _without_comment(b)
    if code_a and code_b and (code_a, code_b) != (a, b):
        if code_a == code_b:
            return True  # the same code, a figure of its comment changed (not spelled alike)
        a, b = code_a, code_b  # each comment in its page's language: the code counts
    folded = _placeholders_folded(a, b, words)
    if folded:
        # a placeholder in one page's script against the same one in English (`<説明>` and
        # `<description>`): the code around them says whether the identifier changed
        a, b = folded
        if a == b:
            return False
    if _PLACEHOLDER.search(a) and _PLACEHOLDER.search(b):
        # placeholders in each page's script (`用户名@服务器地址`, `ユーザー名@サーバー`):
        # the code around them says whether the identifier changed
        a, b = _PLACEHOLDER.sub("…", a), _PLACEHOLDER.sub("…", b)
    if _brace_placeholders(a, b):
        # placeholders in double braces, one page's in its own words: the command counts
        a, b = _braces_folded(a), _braces_folded(b)
    if a.endswith("/" + b) or b.endswith("/" + a):
        return False  # debian/control and control: a file by its path and by its name
    if a in _LIST.split(b) or b in _LIST.split(a):
        return False  # `max-age=0, must-revalidate` holds `must-revalidate` whole
    # the words of the code around its literals (`os.getenv("HOME")`: os, getenv)
    blank_a, blank_b = _LITERAL.sub('""', a), _LITERAL.sub('""', b)
    words_a, words_b = set(_WORDS.split(blank_a)) - {""}, set(_WORDS.split(blank_b)) - {""}
    shared = {word for word in words_a & words_b if len(word) >= SHARED_WORD}
    if len(words_a) > 1 and len(words_b) > 1 and not shared:
        return False  # only-if-cached / no-cache, no-transform / no-store: two directives
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= CHANGED_SIMILARITY and _shape(a)[:1] == _shape(b)[:1]
