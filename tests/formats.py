"""Seeds 001, 003 and 004 in the formats a reviewer receives, made at test time.

Each seed's .txt is read and laid out by drafter's renderer as a .docx, then LibreOffice
converts the three .docx files to .doc, .odt and .pdf (one call per format, all three
files at once, in a private profile). The .html of seed 004 is a saved web page made
here: the text inside an article element, with navigation, a 时间/来源 line and a footer
around it, GBK-encoded and declared by ``<meta charset>``.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import seed

SEEDS = ("001", "003", "004")
FORMATS = ("doc", "odt", "pdf")


def soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) not installed")
    return exe


def lo_convert(files: list[Path], fmt: str, outdir: Path, profile: Path, *, fonts: bool = False) -> None:
    """``files`` converted to ``fmt`` in ``outdir`` by one LibreOffice start with its profile at ``profile``;
    ``fonts``: with the repository's fonts (fonts/fontconfig.conf), for the tests that read where lines fall."""
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG)} if fonts else None
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=600,  # a hang guard, not a timing: a first LibreOffice start under load is slow
        env=env,
    )


FONTCONFIG = Path(__file__).resolve().parent.parent / "fonts" / "fontconfig.conf"


def make_formats(folder: Path) -> Path:
    """folder/NNN.docx and NNN.doc/.odt/.pdf for each seed; returns the folder."""
    from drafter.readers import read_path
    from drafter.render.gbt9704 import render

    docs = []
    for s in SEEDS:
        p = folder / f"{s}.docx"
        p.write_bytes(render(read_path(seed(s))))
        docs.append(p)
    profile = folder.parent / "lo-profile"
    for fmt in FORMATS:
        lo_convert(docs, fmt, folder, profile)
    return folder


def page_html(text: str) -> str:
    """A saved web page around a report's text (the seed's own debris lines dropped)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title_at = next(i for i, ln in enumerate(lines) if "关于" in ln and "报告" in ln)
    title, body = lines[title_at], [ln for ln in lines[title_at + 1 :] if not ln.startswith("时间")]
    paras = "\n".join(f'<p style="text-indent:2em">{html.escape(ln)}</p>' for ln in body)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{html.escape(title)} - 洛宁县人民政府网</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script></head>
<body>
<div class="header"><a href="/">洛宁县人民政府网</a> <a href="/zwgk">政务公开</a> <a href="/zcwj">政策文件</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/ztzl">专题专栏</a></li>
<li><a href="/fz">法治政府建设</a></li><li><a href="/sfcj">法治政府示范创建</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/ztzl">专题专栏</a> &gt; 法治政府建设</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">时间:2024-03-05 11:41 来源: 浏览次数: 1024 【打印】 【关闭】</div>
<div id="zoom">
{paras}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="links"><a href="http://www.gov.cn">中国政府网</a> <a href="http://www.henan.gov.cn">河南省人民政府</a>
<a href="/">洛阳市人民政府</a> <a href="/">洛宁县人民政府</a></div>
<div class="footer">主办：洛宁县人民政府办公室 版权所有 网站标识码：4103280001 豫ICP备00000000号</div>
</body></html>
"""


def make_html(path: Path) -> Path:
    path.write_bytes(page_html(seed("004").read_text(encoding="utf-8")).encode("gbk"))
    return path
