"""The V6 i-list file system on a disk-image file, byte for byte V6's format.

Modules, bottom to top (each opens with its contract):

- ``layout``: the disk format — superblock, inode, directory entry, stat
  buffer, free-list chain block — with symmetric parse/serialise.
- ``blkdev``: a pack in an image file (or memory) with RK05 timing.
- ``bio``: the buffer cache, the only path to a disk.
- ``alloc``: a mounted file system's superblock; balloc/bfree, ialloc/ifree.
- ``iget``: the in-core inode table; iget/iput, iupdat, itrunc.
- ``bmap``, ``rdwri``: file blocks; readi/writei.
- ``namei``: path names, permissions, maknode, wdir.
- ``fsys``: one system's cache, inode table and mounts (``Fsys``).
- ``ops``: the syscall-level operations (creat, link, unlink, mknod, mkdir,
  rmdir, chmod, chown, stat) shared by the kernel and the host tools.
- ``mkfs``, ``fsck``, ``fstool``, ``v6time``, ``cli``: the host side —
  building, checking and browsing images; ``v6 mkfs``, ``v6 fsck``, ``v6 fs``.
- ``errors``: ``FsError`` (carries a V6 errno), ``Corrupt``, ``BadSuperblock``.

What the kernel calls:

    fsys = Fsys(now=lambda: seconds)        # one per running system
    fsys.mount_root(BlockDevice.open(path, clock=clock, devno=...))
    ip = namei(fsys, b"/etc/passwd", Cred(uid, gid), cwd)    # referenced
    n = readi(ip, offset, buf)    # into a bytearray; the kernel copies it out (writei)
    fsys.inodes.iput(ip)
    ops.creat / link / unlink / mknod / chmod / chown / stat(ip) -> Stat
    fsys.mount(dev, on_inode) / fsys.umount(dev) / fsys.sync()
"""
