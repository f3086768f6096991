feedback-ask = ¿Te ha sido útil el contacto con WeMi? Responder es opcional y anónimo.
feedback-up = 👍 Sí
feedback-down = 👎 No
feedback-thanks = ¡Gracias por responder! Nos ayuda a mejorar.
feedback-already = Tu respuesta ya había llegado, gracias.
