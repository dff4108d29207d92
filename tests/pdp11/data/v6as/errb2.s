 br .+1
 br 1
 br 1000
