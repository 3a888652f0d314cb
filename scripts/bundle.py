"""An offline bundle of drafter: every wheel it needs for one platform and Python, and install scripts.

    python scripts/bundle.py --platform win_amd64 --python 3.11 -o drafter-win

writes ``DIR/wheels/`` (drafter's wheel, built from this checkout, and the wheel of every dependency,
found by pip's own resolver for that platform: ``pip download --platform … --python-version …
--only-binary=:all:``), ``install.bat`` (Windows) or ``install.sh``, and ``安装说明.txt``. Copy DIR to a
computer without internet, run the install script: it makes a venv beside it and installs with
``--no-index``. The dependencies are drafter's own (its wheel's metadata, from pyproject.toml), never a
list kept here.

pip evaluates environment markers (``sys_platform == "win32"``) for the computer it runs on, not the
target; the bundle is therefore checked afterwards: every requirement of every wheel in it whose marker
holds on the target must have its wheel there, and the missing ones are downloaded too.

Platforms: win_amd64 (Windows 10/11, 64-bit), manylinux_x86_64 and manylinux_aarch64 (glibc 2.28 or later:
UOS 20, Kylin V10, RHEL/CentOS 8 and newer), macosx_arm64 (macOS 12 or later, Apple silicon). Others (LoongArch:
manylinux_loongarch64) are tried and the packages without a wheel named: see docs/install.md.
"""

from __future__ import annotations

import argparse
import email.parser
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
except ImportError:  # a plain venv: the copy pip carries
    from pip._vendor.packaging.markers import Marker  # type: ignore[assignment]
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
GLIBC = (2, 28)  # the oldest glibc the Linux bundles run on (UOS 20, Kylin V10: 2.28)
MACOS = 12  # the oldest macOS the macOS bundle runs on


@dataclass(frozen=True)
class Target:
    """What pip is told (platform tags) and what the markers of the target say."""

    tags: tuple[str, ...]
    sys_platform: str
    platform_system: str
    os_name: str
    machine: str

    @property
    def windows(self) -> bool:
        return self.sys_platform == "win32"


def _manylinux(arch: str) -> tuple[str, ...]:
    modern = tuple(f"manylinux_2_{m}_{arch}" for m in range(GLIBC[1], 16, -1))
    legacy = ("manylinux2014", "manylinux2010", "manylinux1") if arch in ("x86_64", "i686") else ("manylinux2014",)
    return modern + tuple(f"{name}_{arch}" for name in legacy)


def _macos_arm64() -> tuple[str, ...]:
    arm = tuple(f"macosx_{v}_0_{kind}" for v in range(MACOS, 10, -1) for kind in ("arm64", "universal2"))
    return arm + tuple(f"macosx_10_{m}_universal2" for m in range(16, 8, -1))


def target(platform: str) -> Target:
    """The target of a ``--platform`` name; ValueError for an unknown one."""
    if platform == "win_amd64":
        return Target(("win_amd64",), "win32", "Windows", "nt", "AMD64")
    if platform == "macosx_arm64":
        return Target(_macos_arm64(), "darwin", "Darwin", "posix", "arm64")
    m = re.fullmatch(r"manylinux_(\w+)", platform)
    if m:
        return Target(_manylinux(m.group(1)), "linux", "Linux", "posix", m.group(1))
    raise ValueError(platform)


def marker_env(t: Target, python: str) -> dict[str, str]:
    return {
        "sys_platform": t.sys_platform,
        "platform_system": t.platform_system,
        "os_name": t.os_name,
        "platform_machine": t.machine,
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_version": "",
        "implementation_version": f"{python}.0",
        "extra": "",
    }


class BundleError(Exception):
    """Why the bundle could not be made (a Chinese sentence)."""


def build_wheel(out: Path) -> Path:
    """drafter's wheel, built from this checkout into ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        _pip(["wheel", "--no-deps", "-q", "-w", tmp, str(ROOT)])
        built = sorted(Path(tmp).glob("drafter-*.whl"))
        if not built:
            raise BundleError("未能构建 drafter 的 wheel")
        dest = out / built[-1].name
        dest.write_bytes(built[-1].read_bytes())
        return dest


def download(requirements: list[str], t: Target, python: str, out: Path) -> None:
    """pip's resolver for the target: binary wheels only, for that platform and Python."""
    cmd = ["download", "-d", str(out), "--only-binary=:all:", "--implementation", "cp"]
    cmd += ["--python-version", python, "--find-links", str(out)]
    for tag in t.tags:
        cmd += ["--platform", tag]
    proc = _pip([*cmd, *requirements], check=False)
    if proc.returncode != 0:
        raise BundleError(_why(proc.stdout + proc.stderr, cmd))


def _why(output: str, cmd: list[str]) -> str:
    """Which packages have no wheel for the target: those pip names, and those it gave up on as a conflict
    (each asked on its own, without its dependencies)."""
    names = set(re.findall(r"No matching distribution found for ([A-Za-z0-9_.\-]+)", output))
    for name in set(re.findall(r"depends on ([A-Za-z0-9_.\-]+)", output)) - names:
        with tempfile.TemporaryDirectory() as tmp:
            alone = [*cmd[: cmd.index("-d")], "--no-deps", "-d", tmp, *cmd[cmd.index("-d") + 2 :], name]
            if _pip(alone, check=False).returncode != 0:
                names.add(name)
    tag = cmd[cmd.index("--platform") + 1]
    if names:
        return (
            f"以下依赖在 PyPI 上没有适用于 {tag} 的 wheel：{'、'.join(sorted(names))}（pip 在缺少的包处停下，"
            "可能还有别的）；这些包含有 C/Rust 扩展，须在该平台上用编译器从源码构建（见 docs/install.md）"
        )
    last = [line for line in output.splitlines() if line.strip()][-3:]
    return "pip download 失败：" + " / ".join(last)


def _pip(args: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, check=False)
    if check and proc.returncode != 0:
        raise BundleError("pip 失败：" + (proc.stderr.strip().splitlines() or ["?"])[-1])
    return proc


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheels(folder: Path) -> dict[str, Path]:
    """The wheels in ``folder`` by normalised project name."""
    return {_norm(w.name.split("-", 1)[0]): w for w in folder.glob("*.whl")}


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        msg = email.parser.Parser().parsestr(z.read(meta).decode("utf-8"))
    return msg.get_all("Requires-Dist") or []


def missing_for_target(folder: Path, t: Target, python: str) -> list[str]:
    """Requirements whose marker holds on the target but whose wheel the bundle lacks (pip judged the
    markers for this computer). Extras count as asked anywhere in the bundle (``markdown-it-py[linkify]``)."""
    have = wheels(folder)
    reqs = [Requirement(r) for w in have.values() for r in _requires(w)]
    asked: dict[str, set[str]] = {}
    for r in reqs:
        asked.setdefault(_norm(r.name), set()).update(r.extras)
    asked.setdefault("drafter", set())
    env = marker_env(t, python)
    out: list[str] = []
    for w in have.values():
        owner = _norm(w.name.split("-", 1)[0])
        for text in _requires(w):
            r = Requirement(text)
            if _norm(r.name) in have or r.marker is None:
                continue
            if any(_holds(r.marker, {**env, "extra": e}) for e in {"", *asked.get(owner, set())}):
                out.append(str(r.name) + (f"[{','.join(sorted(r.extras))}]" if r.extras else "") + str(r.specifier))
    return sorted(set(out))


def _holds(marker: Marker, env: dict[str, str]) -> bool:
    return bool(marker.evaluate(env))


INSTALL_SH = """#!/bin/sh
# drafter 离线安装：在本文件夹中建立 venv，从 wheels/ 安装（不连网）。
set -e
here=$(cd "$(dirname "$0")" && pwd)
PY=${{PYTHON:-python{python}}}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != ({major}, {minor}))' 2>/dev/null; then
  echo "需要 Python {python}（本安装包的 wheel 只适用于它）；可用 PYTHON=/path/to/python{python} sh install.sh 指定" >&2
  exit 2
fi
"$PY" -m venv "$here/venv"
"$here/venv/bin/python" -m pip install --no-index --find-links "$here/wheels" drafter
echo "安装完成。运行：$here/venv/bin/drafter lint 报告.docx"
"""

INSTALL_BAT = """@echo off
rem drafter 离线安装：在本文件夹中建立 venv，从 wheels\\ 安装（不连网）。
setlocal
cd /d "%~dp0"
set "PY=py -{python}"
%PY% -c "import sys" >nul 2>&1 || set "PY=python"
if defined PYTHON set "PY=%PYTHON%"
%PY% -c "import sys; sys.exit(sys.version_info[:2] != ({major}, {minor}))" >nul 2>&1
if errorlevel 1 (
  echo 需要 Python {python}（本安装包的 wheel 只适用于它）；请先安装 python.org 的 Python {python}（64 位）
  exit /b 2
)
%PY% -m venv venv || goto :fail
venv\\Scripts\\python.exe -m pip install --no-index --find-links wheels drafter || goto :fail
echo 安装完成。运行：%~dp0venv\\Scripts\\drafter.exe lint 报告.docx
exit /b 0
:fail
echo 安装失败，请把上面的信息发给维护者
exit /b 1
"""

README = """drafter 离线安装包（{platform}，Python {python}）

1. 本机须已安装 Python {python}{where_python}。
2. 把整个文件夹拷到本机（路径中可以有中文）。
3. {run}
   它在本文件夹中建立 venv，并从 wheels 文件夹安装 drafter 及其依赖，不连网。
4. 检查报告：{drafter} lint 报告.docx
   读取 .doc/.wps 和生成 PDF 预览需要 LibreOffice（见 docs/install.md）。

wheels 中的文件：{count} 个（drafter 与全部依赖）。
"""


def write_scripts(out: Path, platform: str, python: str, count: int) -> list[Path]:
    major, minor = python.split(".")
    fields = {"python": python, "major": major, "minor": minor}
    written = []
    if platform == "win_amd64":
        bat = out / "install.bat"
        # cmd reads a batch file in the console's code page: GBK (936) on a Chinese Windows
        bat.write_bytes(INSTALL_BAT.format(**fields).replace("\n", "\r\n").encode("gbk"))
        written.append(bat)
        run = "双击 install.bat（或在 cmd 中运行它）。"
        drafter = r"venv\Scripts\drafter.exe"
        where_python = "（python.org 的 64 位安装包，勾选 Add python.exe to PATH）"
    else:
        sh = out / "install.sh"
        sh.write_text(INSTALL_SH.format(**fields), encoding="utf-8", newline="\n")
        sh.chmod(0o755)
        written.append(sh)
        run = "在终端中运行：sh install.sh"
        drafter = "venv/bin/drafter"
        where_python = "（统信 UOS、麒麟自带的 Python 较旧时，须另装 Python " + python + "）"
    text = README.format(
        platform=platform, python=python, run=run, drafter=drafter, count=count, where_python=where_python
    )
    notes = out / "安装说明.txt"
    # Notepad on any Windows reads UTF-8 with a BOM; CRLF for it too
    notes.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    written.append(notes)
    return written


def bundle(platform: str, python: str, out: Path) -> Path:
    """Make the bundle in ``out``; returns the wheels folder."""
    t = target(platform)
    folder = out / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    own = build_wheel(folder)
    download([str(own)], t, python, folder)
    for _ in range(5):  # each round may bring wheels with requirements of their own
        extra = missing_for_target(folder, t, python)
        if not extra:
            break
        download(extra, t, python, folder)
    write_scripts(out, platform, python, len(list(folder.glob("*.whl"))))
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="drafter 的离线安装包：某一平台和 Python 版本所需的全部 wheel")
    parser.add_argument(
        "--platform", required=True, help="win_amd64、manylinux_x86_64、manylinux_aarch64、macosx_arm64"
    )
    parser.add_argument("--python", required=True, help="目标电脑上的 Python 版本，如 3.11")
    parser.add_argument("-o", "--output", required=True, help="输出文件夹")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"3\.\d+", args.python):
        sys.stderr.write(f"bundle: --python {args.python} 无效；请写成 3.11 这样的形式\n")
        return 2
    try:
        target(args.platform)
    except ValueError:
        sys.stderr.write(
            f"bundle: 未知平台 {args.platform}；可选 win_amd64、manylinux_x86_64、manylinux_aarch64、macosx_arm64\n"
        )
        return 2
    out = Path(args.output)
    try:
        folder = bundle(args.platform, args.python, out)
    except BundleError as e:
        sys.stderr.write(f"bundle: {e}\n")
        return 1
    print(f"已写出离线安装包：{out}（{len(list(folder.glob('*.whl')))} 个 wheel）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
