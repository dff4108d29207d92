<a>
.even
2
<b>
x: 3
