 sob x,.
x:
