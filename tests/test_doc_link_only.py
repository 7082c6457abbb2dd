"""Two link differences that change no fact of the page (issue 14), judged noise on the
real page pairs of docs-zh-ja (a random sample of 119 findings: 7 of 7 "link only", 6 of
7 "page renamed").

A link only: one page links a page the other names in the same sentence or list item
without a link: `{{HTTPHeader("Cookie")}} ヘッダー` against `Cookie 头`, `[ResourceQuota]
(/docs/concepts/policy/resource-quotas/)` against `ResourceQuota を…`. The name is read
from the link's address (its last part, or the site's name for a site's front page),
letters and digits alone, without case, a plural `s` aside, as one word or several
(`Upgrade-Insecure-Requests`, `Upgrade Insecure Requests`). A link whose page the other
side does not name stays XL512 / XL513.

A page renamed: a link of the site's own documentation (written without its site) that
goes to the same page under its older or newer address, which the site redirects:
`/docs/Glossary/Simple_response_header` against `/docs/Glossary/CORS-safelisted_response_
header`, a folder renamed (`/docs/Web/CSS/Media_Queries/…` against `/docs/Web/CSS/
CSS_media_queries/…`), a subpage merged into its parent as a section (`Set-Cookie/SameSite`
against `Set-Cookie#samesite`). Another page (`/docs/Web/API/fetch` against `/docs/
Glossary/AJAX`; `Window/open` against `Document/open`; `install-linux` against
`install-windows`; `v1` against `v2`) and a link to another site stay XL511.

Each row is a Chinese sentence, a Japanese one (each in a Markdown page) and the findings
expected, as (rule, text).
"""

from __future__ import annotations

import pytest

from tests.conftest import page_findings

ZH = "# 请求头\n\n服务器通过响应头控制缓存。\n\n{}\n\n更多细节见后面的章节。\n"
JA = (
    "# リクエストヘッダー\n\nサーバーはレスポンスヘッダーでキャッシュを制御します。\n\n{}\n\n"
    "詳細は後の節を参照してください。\n"
)
QUOTA = "/zh-cn/docs/concepts/policy/resource-quotas/"
QUOTA_JA = "/ja/docs/concepts/policy/resource-quotas/"

# fmt: off
LINK_ONLY = [
    # the name written on the other side, a macro or a Markdown link on one side
    pytest.param("对 Alt-Svc 的支持允许了更智能的 CDN 缓存机制。",
                 '{{HTTPHeader("Alt-Svc")}} に対応することで、よりスマートな CDN のキャッシュ機構が'
                 "可能になります。",
                 [], id="macro-added-name-written"),
    pytest.param("这比配置 HTTP 到 HTTPS（301）重定向要安全。",
                 'これは HTTP から HTTPS への ({{HTTPStatus("301")}}) リダイレクトより安全です。',
                 [], id="status-macro-added-code-written"),
    pytest.param("大于 `MAX_VALUE` 的值代表 \"`Infinity`\"。",
                 '`MAX_VALUE` よりも大きな数値は {{jsxref("Infinity")}} で表されます。',
                 [], id="jsxref-added-name-as-code"),
    pytest.param("`MAX_VALUE` 是 `Number.MAX_VALUE` 的简写。",
                 '`MAX_VALUE` は {{jsxref("Number")}} の静的プロパティです。',
                 [], id="name-as-part-of-code"),
    pytest.param("Netscape 开始与 ECMA 国际化组织合作。",
                 'Netscape 社は {{Glossary("ECMA","ECMA International")}} とともに'
                 "作業を始めました。",
                 [], id="glossary-macro-with-a-label"),
    pytest.param(f"每个命名空间的资源用量受 [ResourceQuota]({QUOTA}) 的限制。",
                 "各名前空間のリソース使用量は ResourceQuota によって制限されます。",
                 [], id="markdown-link-dropped-name-plural-slug"),
    pytest.param(f"每个命名空间的资源用量受 [资源配额]({QUOTA}) 的限制。",
                 "各名前空間のリソース使用量は Resource Quotas によって制限されます。",
                 [], id="name-in-two-words"),
    pytest.param("浏览器会发送 Upgrade Insecure Requests 头。",
                 "ブラウザーは {{HTTPHeader('Upgrade-Insecure-Requests')}} ヘッダーを送信します。",
                 [], id="hyphenated-name-written-with-spaces"),
    pytest.param("每个命名空间的资源用量受 ＲｅｓｏｕｒｃｅＱｕｏｔａ 的限制。",
                 f"各名前空間のリソース使用量は [ResourceQuota]({QUOTA_JA}) によって制限されます。",
                 [], id="full-width-name"),
    pytest.param("详见 [Vite](https://vite.dev/) 的说明。",
                 "詳しくは Vite の説明を参照してください。",
                 [], id="a-site-s-front-page-by-its-name"),
    # negatives: the page the link goes to is named nowhere on the other side
    pytest.param("主要的请求头还有 X-Frame-Options。",
                 "主なヘッダーとして {{HTTPHeader('X-Frame-Options')}}、"
                 "{{HTTPHeader('Upgrade-Insecure-Requests')}} があります。",
                 [("XL513", "/docs/Web/HTTP/Headers/Upgrade-Insecure-Requests")],
                 id="macro-added-name-absent"),
    pytest.param(f"每个命名空间的资源用量受 [资源配额]({QUOTA}) 的限制。",
                 "各名前空間のリソース使用量はリソースクォータによって制限されます。",
                 [("XL512", QUOTA)], id="link-dropped-name-absent"),
    pytest.param("取值在 100 到 900 之间。",
                 "値は 100 から 900 です ([OpenType 仕様書](https://docs.microsoft.com/en-us/"
                 "typography/opentype/spec/os2#usweightclass)を参照)。",
                 [("XL513", "https://docs.microsoft.com/en-us/typography/opentype/spec/os2"
                            "#usweightclass"), ("XL304", "OpenType")],
                 id="a-reference-added-its-page-unnamed"),
    pytest.param("每个命名空间的资源用量受 Quota 的限制。",
                 f"各名前空間のリソース使用量は [クォータ]({QUOTA_JA}) によって制限されます。",
                 [("XL513", QUOTA_JA)], id="a-part-of-the-name-is-not-the-name"),
]
# fmt: on


@pytest.mark.parametrize(("zh", "ja", "expected"), LINK_ONLY)
def test_a_link_of_a_name_both_sides_write(tmp_path, zh: str, ja: str, expected) -> None:
    assert page_findings(tmp_path, ZH.format(zh), JA.format(ja)) == expected


def pages(zh_link: str, ja_link: str) -> tuple[str, str]:
    """A page of three linked list items whose middle one links `zh_link` / `ja_link`
    (the two around it are links both pages give: a link changed in their place)."""
    zh = (
        "# 参见\n\n本页列出相关的参考资料。\n\n"
        "- [HTTP 缓存](/zh-CN/docs/Web/HTTP/Caching)\n"
        f"- [相关页面]({zh_link})\n"
        "- [HTTP 头](/zh-CN/docs/Web/HTTP/Headers)\n"
    )
    ja = (
        "# 関連情報\n\nこのページでは関連する参考資料を挙げます。\n\n"
        "- [HTTP キャッシュ](/ja/docs/Web/HTTP/Caching)\n"
        f"- [関連ページ]({ja_link})\n"
        "- [HTTP ヘッダー](/ja/docs/Web/HTTP/Headers)\n"
    )
    return zh, ja


# fmt: off
RENAMED = [
    pytest.param(*pages("/zh-CN/docs/Glossary/Simple_response_header",
                        "/ja/docs/Glossary/CORS-safelisted_response_header"),
                 [], id="slug-renamed-keeping-its-words"),
    pytest.param(*pages("/zh-CN/docs/Web/API/Window/performance",
                        "/ja/docs/Web/API/performance_property"),
                 [], id="page-moved-and-renamed"),
    pytest.param(*pages("/zh-CN/docs/Web/CSS/CSS_media_queries/Using_media_queries",
                        "/ja/docs/Web/CSS/Media_Queries/Using_media_queries"),
                 [], id="folder-renamed"),
    pytest.param(*pages("/zh-CN/docs/Web/HTTP/Headers/Set-Cookie#samesite",
                        "/ja/docs/Web/HTTP/Headers/Set-Cookie/SameSite"),
                 [], id="subpage-merged-into-a-section"),
    pytest.param(*pages("/zh-cn/docs/concepts/configuration/pod-priority/",
                        "/ja/docs/concepts/scheduling-eviction/pod-priority/"),
                 [], id="k8s-page-moved-to-another-folder"),
    # negatives: another page
    pytest.param(*pages("/zh-CN/docs/Web/API/fetch", "/ja/docs/Glossary/AJAX"),
                 [("XL511", "/zh-CN/docs/Web/API/fetch")], id="another-page"),
    pytest.param(*pages("/zh-CN/docs/Web/API/Window/open", "/ja/docs/Web/API/Document/open"),
                 [("XL511", "/zh-CN/docs/Web/API/Window/open")],
                 id="same-name-of-another-object"),
    pytest.param(*pages("/zh-cn/docs/setup/install-linux/", "/ja/docs/setup/install-windows/"),
                 [("XL511", "/zh-cn/docs/setup/install-linux/")], id="a-sibling-page"),
    pytest.param(*pages("/zh-cn/docs/reference/config-api/kube-scheduler-config.v1/",
                        "/ja/docs/reference/config-api/kube-scheduler-config.v1beta3/"),
                 [("XL511", "/zh-cn/docs/reference/config-api/kube-scheduler-config.v1/")],
                 id="another-version-of-the-page"),
    pytest.param(*pages("/zh-CN/docs/Web/HTTP/Headers/Set-Cookie",
                        "/ja/docs/Web/HTTP/Headers/Set-Cookie/SameSite"),
                 [("XL511", "/zh-CN/docs/Web/HTTP/Headers/Set-Cookie")],
                 id="the-parent-page-without-a-section"),
    pytest.param(*pages("https://github.com/example/cli",
                        "https://github.com/example/cli-lite"),
                 [("XL511", "https://github.com/example/cli")], id="another-site-s-pages"),
]
# fmt: on


@pytest.mark.parametrize(("zh_page", "ja_page", "expected"), RENAMED)
def test_a_page_under_its_old_or_new_address(tmp_path, zh_page, ja_page, expected) -> None:
    assert page_findings(tmp_path, zh_page, ja_page) == expected
