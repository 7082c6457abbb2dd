"""The HTML report in a real browser: Debian's chromium, driven headless by Playwright.

Playwright never downloads a browser here: it launches /usr/bin/chromium. Without that
binary the tests are skipped locally and fail under CI (where .ci/run installs it).
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from xlcheck.cli import main
from xlcheck.formats import UI_LANGS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    "id\tzh\tja\n"
    "r1\t<script>alert(1)</script>广州有6131家企业。\t広州には6000以上の企業がある。\n"
    'r2\t"><img src=x onerror=alert(2)>北京出台了12条政策。\t北京は政策を発表した。\n'
)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("Debian's chromium is not installed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


# Where screenshots go: the CI run's artifacts (.ci/run sets it), else a temporary folder.
ARTIFACTS = Path(
    os.environ.get("XLCHECK_ARTIFACTS") or Path(tempfile.gettempdir()) / "xlcheck-artifacts"
)
# The characters of an element that the browser draws as the missing-glyph box: each is
# drawn on a canvas in the element's computed font and compared, pixel for pixel, with
# a code point no font has (U+10FFFD), which every font draws as its .notdef box.
TOFU = r"""
(element) => {
  const font = getComputedStyle(element).font;
  const canvas = document.createElement("canvas");
  canvas.width = 64; canvas.height = 64;
  const context = canvas.getContext("2d");
  function drawn(character) {
    context.clearRect(0, 0, 64, 64);
    context.font = font;
    context.textBaseline = "top";
    context.fillText(character, 4, 4);
    return context.getImageData(0, 0, 64, 64).data.join(",");
  }
  const box = drawn("\u{10FFFD}");
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
  const characters = Array.from(new Set(Array.from(element.textContent))).filter(c => cjk.test(c));
  return {checked: characters.length, tofu: characters.filter(c => drawn(c) === box)};
}
"""


def _screenshot(page, name: str, capsys) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / name
    page.screenshot(path=str(shot), full_page=False)
    with capsys.disabled():  # shown in the CI log, not swallowed by capture
        print(f"\nscreenshot of the HTML report: {shot} ({shot.stat().st_size} bytes)")
    return shot


def _report(tmp_path, *args):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["run", *args, "--format", "html", "-o", str(out)])
    assert result.exit_code in (0, 1), result.output
    return out


@pytest.fixture
def bundled_page(browser, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    page.goto(_report(tmp_path).as_uri())
    yield page
    page.close()


def _visible_cards(page):
    return page.locator("article.card:not(.hidden)")


def test_report_shows_the_findings(bundled_page, tmp_path, capsys):
    page = bundled_page
    assert _visible_cards(page).count() == 22
    assert page.locator("#shown").inner_text() == "22 of 22 findings shown"
    assert page.get_by_text("the place 朝阳区 became the vague reference ある地区").is_visible()
    assert _screenshot(page, "report.png", capsys).stat().st_size > 10_000


def test_unchecking_a_severity_hides_exactly_its_cards(bundled_page):
    page = bundled_page
    warnings = page.locator("article.card.warning").count()
    assert warnings == 19
    page.locator('input[name="severity"][value="warning"]').uncheck()
    assert _visible_cards(page).count() == 22 - warnings
    assert page.locator("article.card.warning:not(.hidden)").count() == 0
    assert page.locator("#shown").inner_text() == f"{22 - warnings} of 22 findings shown"
    page.locator('input[name="severity"][value="warning"]').check()
    assert _visible_cards(page).count() == 22


def test_search_filters_cards(bundled_page):
    page = bundled_page
    page.locator("#search").fill("6131")
    assert _visible_cards(page).count() == 1
    assert page.locator("#shown").inner_text() == "1 of 22 findings shown"


def test_clicking_a_finding_highlights_both_spans(bundled_page):
    page = bundled_page
    card = page.locator("article.card", has_text="ある地区").first
    card_id = card.get_attribute("id")
    card.click()
    active = page.locator("mark.fact.active")
    assert sorted(active.all_inner_texts()) == sorted(["朝阳区", "ある地区"])
    assert all(card_id in m.get_attribute("data-findings").split() for m in active.all())
    # and clicking a marked span brings up its card
    page.locator("mark.fact", has_text="6131家").click()
    assert "6131家" in page.locator("article.card.active").inner_text()


def test_keyboard_steps_through_findings(bundled_page):
    page = bundled_page
    page.locator("body").press("j")
    first = page.evaluate("document.activeElement.id")
    page.locator("body").press("j")
    second = page.evaluate("document.activeElement.id")
    assert first and second and first != second


def test_markup_in_segments_is_shown_as_text_and_never_runs(browser, tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text(HOSTILE, encoding="utf-8")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(_report(tmp_path, str(path)).as_uri())
    page.locator("#show-all").check()
    body = page.locator("main").inner_text()
    assert "<script>alert(1)</script>" in body
    assert '"><img src=x onerror=alert(2)>' in body
    assert page.locator("main img").count() == 0
    page.wait_for_timeout(200)
    assert dialogs == []
    page.close()


# What must be drawn with real glyphs: both sides' text, and the UI's own words when
# they are Chinese or Japanese.
GLYPH_CHECKS = {
    "en": [".side[lang=zh] .seg", ".side[lang=ja] .seg"],
    "ja": [".side[lang=zh] .seg", ".side[lang=ja] .seg", "h1", "nav#filters"],
    "zh": [".side[lang=zh] .seg", ".side[lang=ja] .seg", "h1", "nav#filters"],
}


@pytest.mark.parametrize("ui_lang", UI_LANGS)
def test_cjk_text_is_drawn_with_glyphs_not_boxes(browser, tmp_path, monkeypatch, capsys, ui_lang):
    """Fails on a machine without a CJK font, where every character is the same box."""
    monkeypatch.chdir(ROOT)
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    page.goto(_report(tmp_path, "--ui-lang", ui_lang).as_uri())
    assert page.locator("html").get_attribute("lang") == ui_lang
    _screenshot(page, f"report-{ui_lang}.png", capsys)
    for selector in GLYPH_CHECKS[ui_lang]:
        found = page.locator(selector).first.evaluate(TOFU)
        assert found["checked"] > 0, selector
        assert found["tofu"] == [], f"{selector}: drawn as missing-glyph boxes (no CJK font?)"
    page.close()
