# /rivedi: messaggi non capiti, per gli amministratori
review-item =
    📝 <b>Da rivedere</b> { $position }/{ $total } · { $kind } · { $language } · ×{ $times }
    «{ $text }»
    A quale bisogno appartiene? Lo aggiungo come esempio.
review-kind-out-of-scope = fuori ambito
review-kind-unsure = «Intendevi…?» senza risposta giusta
review-kind-place = luogo non trovato
review-kind-reply = risposta non capita
review-out-of-scope = 🚫 Fuori ambito
review-skip = ⏭ Salta
review-delete = 🗑 Elimina
review-empty = Nessun messaggio da rivedere. 🎉
review-end = Finiti per ora: gli altri li hai saltati. /rivedi ricomincia dal primo.
review-gone = Questo messaggio non è più in coda (già rivisto o scaduto).
review-deleted = 🗑 Eliminato.
review-added = ✅ Aggiunto a { $file } ({ $language }). Usa /reload per riaddestrare il bot.
review-refused =
    ❌ Non l'ho aggiunto:
    { $reason }
admin-stats-misunderstood = <b>Messaggi non capiti in coda</b> (/rivedi): fuori ambito { $outOfScope }, «Intendevi…?» { $unsure }, luogo { $place }, risposta { $reply }
