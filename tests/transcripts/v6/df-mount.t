df, /etc/mount and /etc/umount as root, on a block special file made for the
purpose (the pack has no /dev/rk0): the root pack (RK minor 0) cannot be mounted
again, nor unmounted; a drive the system does not have (minor 1) cannot be
opened.  /etc/rc removed /etc/mtab at boot, so mount lists nothing.

  $ /etc/mount
  $ /etc/mknod /tmp/rk0 b 0 0
  $ /etc/mknod /tmp/rk1 b 0 1
  $ df /tmp/rk0
  /tmp/rk0 \d+ (re)
  $ df /tmp/rk1 /tmp/nothing
  /tmp/rk1 cannot open /tmp/rk1
  /tmp/nothing cannot open /tmp/nothing
  $ /etc/mount /tmp/rk0 /mnt
  mount: Mount device busy
  $ /etc/mount /tmp/rk1 /mnt
  mount: No such device or address
  $ /etc/mount /dev/tty8 /mnt
  mount: Block device required
  $ /etc/mount /tmp/nothing /mnt
  mount: No such file or directory
  $ /etc/mount /tmp/rk0
  arg count
  $ /etc/umount /tmp/rk0
  umount: Invalid argument
  $ /etc/umount /tmp/rk1
  umount: No such device or address
  $ /etc/umount
  arg count
  $ /etc/mount
  $ rm /tmp/rk0 /tmp/rk1
