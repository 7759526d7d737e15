"""Where the database lives: synced folders and network shares are reported, local disks are not."""

from __future__ import annotations

import pytest

from app.services.storage_check import NETWORK, SYNCED, classify, parse_mounts

LINUX_MOUNTS = parse_mounts(
    "sysfs /sys sysfs rw 0 0\n"
    "/dev/sda2 / ext4 rw,relatime 0 0\n"
    "/dev/sda3 /home ext4 rw 0 0\n"
    "//nas/partage /mnt/club cifs rw,vers=3.0 0 0\n"
    "serveur:/export /srv/nfs nfs4 rw 0 0\n"
    "/dev/sdb1 /mnt/club/local\\040disk ext4 rw 0 0\n"
    "remote: /home/amina/gdrive fuse.rclone rw 0 0\n"
)


@pytest.mark.parametrize(("path", "service"), [
    (r"C:\Users\Amina\OneDrive\Cercle\cercle.db", "OneDrive"),
    (r"C:\Users\Amina\OneDrive - Club des dirigeants\cercle.db", "OneDrive"),
    (r"D:\Dropbox\club\cercle.db", "Dropbox"),
    (r"G:\Mon Drive\cercle.db", "Google Drive"),
    (r"C:\Users\Amina\iCloudDrive\cercle.db", "iCloud"),
])
def test_a_windows_synced_folder_is_named(path: str, service: str) -> None:
    risk = classify(path, windows=True)
    assert risk is not None and risk.kind == SYNCED and risk.service == service


def test_the_folder_named_by_the_sync_client_counts_even_with_another_name() -> None:
    roots = {r"E:\Nuage Pro": "OneDrive"}
    risk = classify(r"e:\nuage pro\compta\cercle.db", windows=True, sync_roots=roots)
    assert risk is not None and risk.service == "OneDrive"
    assert classify(r"E:\Nuage Professionnel\cercle.db", windows=True, sync_roots=roots) is None


def test_a_file_merely_named_like_a_service_is_not_synced() -> None:
    assert classify(r"C:\Users\Amina\AppData\Local\Cercle\dropbox.db", windows=True) is None


@pytest.mark.parametrize("path", [r"\\nas\partage\cercle.db", "//nas/partage/cercle.db", r"\\?\UNC\nas\p\cercle.db"])
def test_a_unc_path_is_a_network_share(path: str) -> None:
    risk = classify(path, windows=True)
    assert risk is not None and risk.kind == NETWORK


def test_a_long_local_path_is_not_a_network_share() -> None:
    assert classify(r"\\?\C:\Users\Amina\AppData\Local\Cercle\cercle.db", windows=True) is None


def test_a_mapped_network_drive_is_a_network_share() -> None:
    asked: list[str] = []

    def remote(root: str) -> bool:
        asked.append(root)
        return root.upper() == "Z:\\"

    assert classify(r"Z:\club\cercle.db", windows=True, is_remote_drive=remote).kind == NETWORK  # type: ignore[union-attr]
    assert classify(r"C:\Users\Amina\AppData\Local\Cercle\cercle.db", windows=True, is_remote_drive=remote) is None
    assert asked == ["Z:\\", "C:\\"]


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/club/cercle.db", NETWORK),
    ("/srv/nfs/a/b/cercle.db", NETWORK),
    ("/home/amina/gdrive/cercle.db", SYNCED),
    ("/home/amina/.local/share/Cercle/cercle.db", None),
    ("/mnt/club/local disk/cercle.db", None),  # a local disk mounted inside the share
    ("/mnt/clubhouse/cercle.db", None),  # not under /mnt/club
])
def test_linux_mounts_decide(path: str, kind: str | None) -> None:
    risk = classify(path, windows=False, mounts=LINUX_MOUNTS)
    assert (risk.kind if risk else None) == kind


def test_linux_dropbox_folder_is_synced() -> None:
    risk = classify("/home/amina/Dropbox/cercle.db", windows=False, mounts=LINUX_MOUNTS)
    assert risk is not None and risk.service == "Dropbox"


def test_mount_fields_are_decoded() -> None:
    assert ("/mnt/club/local disk", "ext4") in LINUX_MOUNTS


def test_the_warning_names_the_place() -> None:
    from app.i18n import translate

    risk = classify(r"C:\Users\Amina\OneDrive\cercle.db", windows=True)
    assert risk is not None
    text = translate("Storage", risk.message, "en").format(path=risk.path, service=risk.service)
    assert "OneDrive" in text and r"C:\Users\Amina\OneDrive\cercle.db" in text
