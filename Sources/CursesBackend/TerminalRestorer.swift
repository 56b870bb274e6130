import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// Makes sure the terminal is given back even when the process dies: a crash
/// signal restores it, then lets the signal do what it would have done.
enum TerminalRestorer {
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    static let endSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    static func install() {
        // A parent may have left these blocked (threads of test runners and some shells do);
        // the reader must hear of resizes and requests to end.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in endSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in endSignals {
            Glibc.signal(signal) { number in PendingSignal.received.store(number, ordering: .relaxed) }
        }
        for signal in crashSignals {
            Glibc.signal(signal) { number in
                endwin()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func uninstall() {
        for signal in endSignals + crashSignals { Glibc.signal(signal, SIG_DFL) }
    }
}
