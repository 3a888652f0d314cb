"""Where LibreOffice is: ``DRAFTER_SOFFICE``, then PATH, then where its installers put it.

Windows' installer does not add it to PATH (``C:\\Program Files\\LibreOffice\\program``); the packages of
libreoffice.org for Linux go to ``/opt/libreofficeX.Y``, the distributions' (UOS, Kylin, Debian, Fedora)
to ``/usr/lib/libreoffice`` or ``/usr/lib64/libreoffice``, UOS' app store to ``/opt/apps``; macOS keeps it
in ``/Applications/LibreOffice.app``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

# folders (glob patterns) holding soffice on Linux-like systems, newest version first where several match
POSIX_PLACES = (
    "/opt/libreoffice*/program",
    "/usr/lib/libreoffice/program",
    "/usr/lib64/libreoffice/program",
    "/usr/local/lib/libreoffice/program",
    "/opt/apps/*libreoffice*/files/lib/libreoffice/program",
    "/opt/apps/*libreoffice*/files/libreoffice*/program",
    "/snap/libreoffice/current/lib/libreoffice/program",
    "/Applications/LibreOffice.app/Contents/MacOS",
)
WINDOWS_ROOTS = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA")


def _what_to_install() -> str:
    if sys.platform == "win32":
        return "请从 libreoffice.org 下载安装 LibreOffice（装在默认位置即可找到）"
    if sys.platform == "darwin":
        return "请从 libreoffice.org 下载安装 LibreOffice（拖入“应用程序”即可找到）"
    return "请安装 LibreOffice（统信 UOS、麒麟：应用商店，或 sudo apt install libreoffice-writer）"


def missing(reading: bool = True) -> str:
    """The Chinese line for "no LibreOffice here": what to install, and how to name one found nowhere."""
    what = "读取 .doc/.wps/.rtf/.odt 文件" if reading else "生成 PDF 预览"
    return (
        f"未找到 LibreOffice，无法{what}：{_what_to_install()}；"
        "装在别处时请设置环境变量 DRAFTER_SOFFICE 为 soffice 程序的完整路径"
    )


def soffice(environ: Mapping[str, str] | None = None) -> str | None:
    """The LibreOffice program: ``DRAFTER_SOFFICE`` if set (a path, and then only it), else the first found."""
    env = os.environ if environ is None else environ
    named = env.get("DRAFTER_SOFFICE")
    if named is not None:
        p = Path(named)
        return str(p) if p.is_file() and os.access(p, os.X_OK) else None
    import shutil  # here: lint imports this module, and shutil loads bz2 and lzma

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next(iter(installed(sys.platform, env)), None)


def installed(platform: str, environ: Mapping[str, str], root: Path | None = None) -> Iterator[str]:
    """The soffice programs found in the usual places of ``platform`` (``root`` prefixes the POSIX ones)."""
    for folder in _places(platform, environ, root):
        for name in ("soffice.exe",) if platform == "win32" else ("soffice",):
            exe = folder / name
            if exe.is_file() and (platform == "win32" or os.access(exe, os.X_OK)):
                yield str(exe)


def _places(platform: str, environ: Mapping[str, str], root: Path | None) -> Iterator[Path]:
    if platform == "win32":
        seen: set[str] = set()
        for var in WINDOWS_ROOTS:
            base = environ.get(var)
            if not base or base in seen:
                continue
            seen.add(base)
            sub = Path(base, "Programs") if var == "LOCALAPPDATA" else Path(base)
            yield from sorted(sub.glob("LibreOffice*/program"), key=_version_key, reverse=True)
        return
    top = root or Path("/")
    for pattern in POSIX_PLACES:
        yield from sorted(top.glob(pattern.lstrip("/")), key=_version_key, reverse=True)


def _version_key(p: Path) -> tuple[int, ...]:
    """/opt/libreoffice24.8 before /opt/libreoffice7.6: the numbers in the path, compared as numbers."""
    digits = "".join(c if c.isdigit() else " " for c in str(p))
    return tuple(int(d) for d in digits.split())


def convert_command(program: str, profile: Path, target: str, outdir: Path, sources: Iterable[Path]) -> list[str]:
    """soffice's command line that converts ``sources`` to ``target`` (``docx:MS Word 2007 XML``, ``pdf:…``)
    into ``outdir``: a private ``profile`` (nothing of the user's LibreOffice is touched), no window, no
    recovery or lock prompts."""
    return [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *(str(s) for s in sources),
    ]
