"""``drafter serve``: the app in a browser, usable only by whoever holds the printed URL.

``security`` decides who may talk to the server (token, Host, Origin);
``server`` puts that in front of textual-serve and gives the page in Chinese,
with nothing loaded from outside this machine.
"""
