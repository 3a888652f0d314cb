"""Password-protected Office files: said to be encrypted, not damaged.

Word saves a .docx with an opening password as an OLE compound file (the old .doc container)
holding the streams ``EncryptionInfo`` and ``EncryptedPackage`` (ECMA-376 Part 2, "Office
Document Cryptography"); the real .docx is inside, encrypted. Their names are stored in the
compound file's directory as UTF-16LE, so a look for them in the bytes tells without parsing.
"""

from __future__ import annotations

_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
MESSAGE = (
    "文件已加密（设置了打开密码），无法读取；请先在 Word 中取消密码"
    "（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码后保存），再检查"
)


def is_encrypted_ooxml(data: bytes) -> bool:
    """An OLE compound file wrapping an encrypted .docx/.xlsx/.pptx."""
    return all(name in data for name in _STREAMS)
