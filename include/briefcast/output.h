/* output.h - what a program embedding briefcast needs to know about how the
 * library writes files.  Every output goes to a new temporary file beside it
 * ("NAME.tmp-" and 16 random hex digits, created with O_EXCL|O_NOFOLLOW),
 * is flushed to disk and renamed into place, so a reader never sees a
 * half-written file; an existing NAME that is not a regular file (a
 * symbolic link, device, FIFO, directory) is refused, never replaced, and
 * the name "-" means standard output.  The library installs no signal
 * handlers; a program that wants an interrupted run to leave no temporary
 * files behind calls bc_output_remove_temps from its own. */
#ifndef BRIEFCAST_OUTPUT_H
#define BRIEFCAST_OUTPUT_H

/* Remove the temporary files this process is writing right now.  Uses only
 * async-signal-safe calls and takes no locks, so a SIGINT/SIGTERM handler
 * may call it (and then end the process: writers still running keep their
 * open files, whose names are gone).  In a forked child it leaves the
 * parent's temporaries alone. */
void bc_output_remove_temps(void);

#endif
