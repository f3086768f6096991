feedback-ask = Ți-a fost util contactul cu WeMi? Răspunsul este opțional și anonim.
feedback-up = 👍 Da
feedback-down = 👎 Nu
feedback-thanks = Mulțumim pentru răspuns! Ne ajută să ne îmbunătățim.
feedback-already = Răspunsul tău ajunsese deja, mulțumim.
