cal for a whole year, looked at through a pipeline.

  $ cal 1975 | wc
       40     462 
  $ cal 1752 | tr -s ' ' | wc
       40     452 
  $ cal 9 1752 | uniq | wc
        6      28 
