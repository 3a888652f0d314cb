try:
    from .entry import main
except KeyboardInterrupt:  # a Ctrl-C this early: the one line the command line says, not a traceback
    import os
    import sys

    os.write(2, "已中断\n".encode(getattr(sys.stderr, "encoding", None) or "utf-8", "replace"))
    os._exit(130)

raise SystemExit(main())
