/**
 * The portal's search library: plain Java over Apache Lucene, with no dependency on Jakarta EE or
 * on any other portal module. Its public contract speaks of the portal's documents, visibility and
 * facets; Lucene's own types stay inside.
 */
package org.communs.portal.index;
