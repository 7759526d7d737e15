"""Is the database somewhere SQLite can be damaged: a synchronised cloud folder or a network share?

A sync client (OneDrive, Dropbox, Google Drive, iCloud) may upload or replace the file while
Cercle writes to it, and network file systems do not honour SQLite's locks reliably. The logic
is pure (:func:`classify`) and fed with the real environment by :func:`check_database_path`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from app.i18n import QT_TRANSLATE_NOOP

SYNCED, NETWORK = "synced", "network"

MSG_SYNCED = QT_TRANSLATE_NOOP(
    "Storage",
    "The database {path} is in a folder synchronised by {service}. A synchronisation running while "
    "Cercle writes can damage it. Move the database to a folder of this computer only (keep the "
    "backups in the synchronised folder if you like).",
)
MSG_NETWORK = QT_TRANSLATE_NOOP(
    "Storage",
    "The database {path} is on a network share. Network folders do not lock the file reliably and "
    "can damage it. Move the database to a folder of this computer.",
)

# Folder names (compared case-insensitively, a prefix for OneDrive's "OneDrive - Company").
_SYNC_FOLDERS: tuple[tuple[str, str, bool], ...] = (
    # (name, service, match as a prefix)
    ("onedrive", "OneDrive", True),
    ("dropbox", "Dropbox", True),
    ("google drive", "Google Drive", True),
    ("googledrive", "Google Drive", True),
    ("my drive", "Google Drive", False),
    ("mon drive", "Google Drive", False),
    ("icloud drive", "iCloud", False),
    ("iclouddrive", "iCloud", False),
    ("mobile documents", "iCloud", False),
)
# Environment variables set by the sync clients on Windows, and the service each names.
_SYNC_VARIABLES = {"OneDrive": "OneDrive", "OneDriveCommercial": "OneDrive", "OneDriveConsumer": "OneDrive"}
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "ceph", "glusterfs", "lustre",
    "fuse.sshfs", "fuse.rclone", "fuse.google-drive-ocamlfuse", "fuse.s3fs", "davfs", "fuse.davfs2",
})
_SYNC_FILESYSTEMS = {"fuse.rclone": "rclone", "fuse.google-drive-ocamlfuse": "Google Drive"}


@dataclass(frozen=True)
class StorageRisk:
    """Why the database's place is risky: ``kind`` is :data:`SYNCED` or :data:`NETWORK`."""

    kind: str
    path: str
    service: str = ""

    @property
    def message(self) -> str:
        """The English source of the warning (context "Storage"); fill with ``path``, ``service``."""
        return MSG_SYNCED if self.kind == SYNCED else MSG_NETWORK


def _parts(path: PurePath) -> list[str]:
    return [part.lower() for part in path.parts]


def _synced_service(path: PurePath, sync_roots: Mapping[str, str]) -> str | None:
    for root, service in sync_roots.items():
        if root.strip() and _parts(type(path)(root)) == _parts(path)[:len(_parts(type(path)(root)))]:
            return service
    for part in _parts(path)[:-1]:  # the folders, not the file's own name
        for name, service, prefix in _SYNC_FOLDERS:
            if part == name or (prefix and part.startswith(name)):
                return service
    return None


def _is_unc(path: PureWindowsPath) -> bool:
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./"))


def _decode_mount_field(field: str) -> str:
    """Mount tables write a space as ``\\040``, a tab as ``\\011``, a backslash as ``\\134``."""
    out, index = [], 0
    while index < len(field):
        if field[index] == "\\" and index + 4 <= len(field) and field[index + 1:index + 4].isdigit():
            out.append(chr(int(field[index + 1:index + 4], 8)))
            index += 4
        else:
            out.append(field[index])
            index += 1
    return "".join(out)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of a ``/proc/mounts`` table."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_decode_mount_field(fields[1]), fields[2]))
    return mounts


def _filesystem_of(path: PurePosixPath, mounts: Iterable[tuple[str, str]]) -> str | None:
    """The type of the file system holding ``path``: its longest enclosing mount point."""
    best, best_type = -1, None
    text = str(path)
    for point, fstype in mounts:
        point = point.rstrip("/") or "/"
        if point == "/" or text == point or text.startswith(point + "/"):
            if len(point) > best:
                best, best_type = len(point), fstype
    return best_type


def classify(
    path: str,
    *,
    windows: bool,
    mounts: Iterable[tuple[str, str]] = (),
    sync_roots: Mapping[str, str] | None = None,
    is_remote_drive: Callable[[str], bool] | None = None,
) -> StorageRisk | None:
    """Say whether the database at ``path`` sits in a synced folder or on a network share.

    Args:
        path: the absolute path of the database file.
        windows: read ``path`` as a Windows path (drive letters, UNC ``\\\\server\\share``).
        mounts: the mount table (mount point, file system type), on Linux.
        sync_roots: folders known to be synchronised (from the sync clients' variables) and
            the service of each.
        is_remote_drive: for a Windows drive root ("Z:\\\\"), whether it is a mapped network drive.
    """
    pure: PurePath = PureWindowsPath(path) if windows else PurePosixPath(path)
    service = _synced_service(pure, sync_roots or {})
    if service is not None:
        return StorageRisk(SYNCED, path, service)
    if windows:
        assert isinstance(pure, PureWindowsPath)
        if _is_unc(pure):
            return StorageRisk(NETWORK, path)
        drive = pure.drive
        if drive and len(drive) == 2 and drive[1] == ":" and is_remote_drive is not None \
                and is_remote_drive(drive + "\\"):
            return StorageRisk(NETWORK, path)
        return None
    assert isinstance(pure, PurePosixPath)
    fstype = _filesystem_of(pure, mounts)
    if fstype in _SYNC_FILESYSTEMS:
        return StorageRisk(SYNCED, path, _SYNC_FILESYSTEMS[fstype])
    if fstype is not None and (fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs"))):
        return StorageRisk(NETWORK, path)
    return None


def _windows_remote_drive(root: str) -> bool:
    """GetDriveTypeW says DRIVE_REMOTE (4) for a mapped network drive."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == 4  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def _sync_roots(environ: Mapping[str, str]) -> dict[str, str]:
    return {environ[name]: service for name, service in _SYNC_VARIABLES.items() if environ.get(name)}


def check_database_path(path: Path | str | None) -> StorageRisk | None:
    """Check the open database's file on this computer; None for a server database or a safe place."""
    if path is None:
        return None
    windows = sys.platform == "win32"
    resolved = str(Path(path).resolve()) if not windows else os.path.abspath(path)
    return classify(
        resolved,
        windows=windows,
        mounts=_linux_mounts() if sys.platform.startswith("linux") else (),
        sync_roots=_sync_roots(os.environ),
        is_remote_drive=_windows_remote_drive if windows else None,
    )
