/ strings
<abc\n\0\\\>>
.even
<\>\a\p\e\r\x>
.even
<a;b/c>
.even
<>
<\001>
<\0123>
<ab\
cd>
.even
x: <xy>; 1
