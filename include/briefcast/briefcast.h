/* briefcast.h - the whole public API in one include, for programs that
 * embed the library:
 *
 *   #include <briefcast/briefcast.h>
 *   cc prog.c $(pkg-config --cflags --libs briefcast)
 *
 * The stages (ingest, analyze, summarize, validate, render, batch) each
 * have their own header below, and version.h the version call. */
#ifndef BRIEFCAST_BRIEFCAST_H
#define BRIEFCAST_BRIEFCAST_H

#include "briefcast/audio.h"
#include "briefcast/batch.h"
#include "briefcast/buf.h"
#include "briefcast/doc.h"
#include "briefcast/error.h"
#include "briefcast/facts.h"
#include "briefcast/limits.h"
#include "briefcast/manifest.h"
#include "briefcast/output.h"
#include "briefcast/pipeline.h"
#include "briefcast/pdf.h"
#include "briefcast/podcast.h"
#include "briefcast/progress.h"
#include "briefcast/provider.h"
#include "briefcast/render.h"
#include "briefcast/report.h"
#include "briefcast/site.h"
#include "briefcast/summary.h"
#include "briefcast/utf8.h"
#include "briefcast/validate.h"
#include "briefcast/version.h"
#include "briefcast/video.h"

#endif
