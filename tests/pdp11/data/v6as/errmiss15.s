 mov $, r0
