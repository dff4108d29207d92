/ every instruction
x: 0
 clc
 clv
 clz
 cln
 sec
 sev
 sez
 sen
 cfcc
 setf
 setd
 seti
 setl
 clr 2(r3)
 clrb 2(r3)
 com 2(r3)
 comb 2(r3)
 inc 2(r3)
 incb 2(r3)
 dec 2(r3)
 decb 2(r3)
 neg 2(r3)
 negb 2(r3)
 adc 2(r3)
 adcb 2(r3)
 sbc 2(r3)
 sbcb 2(r3)
 ror 2(r3)
 rorb 2(r3)
 rol 2(r3)
 rolb 2(r3)
 asr 2(r3)
 asrb 2(r3)
 asl 2(r3)
 aslb 2(r3)
 jmp 2(r3)
 swab 2(r3)
 tst 2(r3)
 tstb 2(r3)
 sxt 2(r3)
 mov (r1)+,x
 movb (r1)+,x
 cmp (r1)+,x
 cmpb (r1)+,x
 bit (r1)+,x
 bitb (r1)+,x
 bic (r1)+,x
 bicb (r1)+,x
 bis (r1)+,x
 bisb (r1)+,x
 add (r1)+,x
 sub (r1)+,x
 jsr pc,x
 jsr r5,*(r0)+
 rts pc
 rts r3
 rts r0+7
 xor r2,x
 xor r1,(r1)
 mul x,r0
 mul $3,r1
 mpy r2,r3
 div (r0),r2
 dvd x,r4
 ash $3,r1
 als $-2,r1
 ashc r0,r2
 alsc $10,r4
3: sob r1,3b
2: sob r0,2b
 sob r0,.
 sob r0,.+2
 sob r0,.-174
 mark 3
 mark 77
 sys 1
 sys exit
 sys write; x; 5
 sys 77
 sys exit+1
 sys wait
 wait
 ldfps x
 stfps -(sp)
 ldfps $12
 ldfps $200
 stfps r0
1: br 1b
 bne 1b
 beq 2f
 bge 2f
 blt 2f
 bgt 2f
 ble 2f
 bpl 2f
 bmi 2f
 bhi 2f
 blos 2f
 bvc 2f
 bvs 2f
 bhis 2f
 bec 2f
 bcc 2f
 blo 2f
 bes 2f
 bcs 2f
2:
 br .
 br .+2
 br x
 br .+400
 br .-376
