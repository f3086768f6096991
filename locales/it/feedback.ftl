feedback-ask = Ti è stato utile il contatto con WeMi? Rispondere è facoltativo e la risposta resta anonima.
feedback-up = 👍 Sì
feedback-down = 👎 No
feedback-thanks = Grazie per la risposta! Ci aiuta a migliorare.
feedback-already = La tua risposta era già arrivata, grazie.
admin-stats-feedback = <b>Ti è stato utile?</b> 👍 { $up } · 👎 { $down }
