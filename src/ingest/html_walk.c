/* html_walk.c - the one pre-order walk over a libxml2 tree that every
 * HTML pass uses (extraction, metadata, post dates): iterative, so a page
 * nested a million deep costs no stack. */
#include "ingest/html_int.h"

xmlNode *bc__html_next_node(xmlNode *n, const xmlNode *root, int skip_children)
{
  if (!skip_children && n->children)
    return n->children;
  while (n && n != root) {
    if (n->next)
      return n->next;
    n = n->parent;
  }
  return NULL;
}
