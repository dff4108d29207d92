/ statements, ;, blank lines, comments, carriage returns
 1; 2 ;; 3 ;

 4 / a comment; 5
	6	/ tab
 7
 1 2 3
x: y: z: 8
 1 ; q: 2
