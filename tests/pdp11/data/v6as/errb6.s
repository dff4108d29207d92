 sob r0,.+4
 sob r0,.-176
