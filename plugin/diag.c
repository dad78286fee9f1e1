/* diag.c: the analysis's messages as GCC notes.
 *
 * gc prints byte columns and so does every position the analysis keeps;
 * GCC would print display columns (a tab counting up to the next multiple
 * of 8) unless told otherwise, so our notes are printed with the byte
 * column unit.  Only our own notes: gccgo's diagnostics keep whatever the
 * user asked for.  Everything else (-fdiagnostics-format, colours, carets,
 * -fdiagnostics-column-origin) is GCC's, as the user set it.
 */
#include "goesc-gcc.h"

#include "diag.h"

/* The ordinary line map of file that covers line: the last map of that
 * file starting at or before it (gccgo enters each file once and maps its
 * lines in order). */
location_t goesc_location(const char *file, int line, int col)
{
	const line_maps *set = line_table;

	if (!file || line <= 0)
		return UNKNOWN_LOCATION;
	for (unsigned i = LINEMAPS_ORDINARY_USED(set); i-- > 0;) {
		const line_map_ordinary *map = LINEMAPS_ORDINARY_MAP_AT(set, i);
		const char *name = ORDINARY_MAP_FILE_NAME(map);
		if (!name || strcmp(name, file) != 0 ||
		    ORDINARY_MAP_STARTING_LINE_NUMBER(map) > (linenum_type)line)
			continue;
		unsigned bits = map->m_column_and_range_bits - map->m_range_bits;
		if (col < 0 || (bits < 31 && (unsigned)col >= (1u << bits)))
			col = 0;
		return linemap_position_for_line_and_column(
			line_table, map, (linenum_type)line, (unsigned)col);
	}
	return UNKNOWN_LOCATION;
}

void goesc_emit(const esc_msgs *msgs)
{
	enum diagnostics_column_unit saved = global_dc->column_unit;

	global_dc->column_unit = DIAGNOSTICS_COLUMN_UNIT_BYTE;
	for (int i = 0; i < msgs->v.n; i++) {
		const esc_msg *m = &msgs->v.a[i];
		inform(goesc_location(m->file, m->pos.line, m->pos.col), "%s",
		       m->text);
	}
	global_dc->column_unit = saved;
}
