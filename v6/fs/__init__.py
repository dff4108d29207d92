"""The V6 i-list file system on a disk-image file (see ``v6.fs.layout``)."""
