/* fuzz_llm_openai.c - libFuzzer target for the openai wire's answer parser
 * (src/summarize/openai.c parse()): the body of a 200 answer, read from the
 * network.  The check is fuzz_llm_answer.h's. */
#include "fuzz_llm_answer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  return fuzz_llm_answer(&bc__wire_openai, data, size);
}
