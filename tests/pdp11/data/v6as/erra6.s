 sob 1,.
