/* fuzz_config.c: libFuzzer harness for loading and checking a configuration
 * (the libconfuse parse, the schema, every check). Built by `make fuzz` with
 * clang -fsanitize=fuzzer,address,undefined; the seed corpus is the shipped
 * content. Inputs are texts, so include() is refused and no file is read. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "loader.h"
#include "pot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct guide g;
	struct diag d = { 0 };

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (loader_load_text(&g, text, &d) == 0) {
		/* a guide that loads: its template must be writable too */
		FILE *null = fopen("/dev/null", "w");

		if (null) {
			pot_write(&g, null, NULL);
			fclose(null);
		}
		loader_free(&g);
	}
	diag_clear(&d);
	free(text);
	return 0;
}
