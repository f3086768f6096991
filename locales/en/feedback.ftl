feedback-ask = Was the contact with WeMi useful to you? Answering is optional and anonymous.
feedback-up = 👍 Yes
feedback-down = 👎 No
feedback-thanks = Thank you for answering! It helps us improve.
feedback-already = Your answer had already arrived, thank you.
