op-claim-reminder = ⏰ La richiesta { $reference } ({ $need }) aspetta da { $hours } ore e nessuno l'ha ancora presa in carico. Chi può? Tocca «🙋 Prendo in carico» qui sopra.
admin-stats-times = <b>Tempi delle richieste</b> (mediana): presa in carico { $claim } ({ $claimed ->
        [one] 1 richiesta
       *[other] { $claimed } richieste
    }), chiusura { $close } ({ $closed ->
        [one] 1 richiesta
       *[other] { $closed } richieste
    })
admin-stats-no-time = —
admin-stats-hours = { $hours } h
admin-stats-minutes = { $minutes } min
