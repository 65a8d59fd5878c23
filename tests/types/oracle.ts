// oracle.ts - the wire types of the three LLM APIs, taken from the official
// SDKs' published types (versions pinned in package.json).  The
// official-types test (tests/integration/test_llm_official_types.py) writes
// every request briefcast sent and every answer the stand-in gave as a typed
// constant and runs tsc --strict over them: an unknown field, a missing
// required one or a value outside a documented set fails the test.
import type OpenAI from 'openai';
import type Anthropic from '@anthropic-ai/sdk';
import type * as genai from '@google/genai';

// The JSON form of an SDK type: @google/genai declares string enums
// (FinishReason, Type, ThinkingLevel...), which JSON carries as their values.
export type Wire<T> = T extends string
  ? `${T}`
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

// OpenAI Chat Completions (openai-node src/resources/chat/completions).
export type OpenAIRequest = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
export type OpenAIResponse = OpenAI.Chat.ChatCompletion;
export interface OpenAIError {
  error: OpenAI.ErrorObject;
}

// Anthropic Messages (anthropic-sdk-typescript src/resources/messages).
export type AnthropicRequest = Anthropic.MessageCreateParamsNonStreaming;
export type AnthropicResponse = Anthropic.Message;
export type AnthropicError = Anthropic.ErrorResponse;

// Gemini generateContent.  @google/genai's own request type is the SDK's
// call shape ({model, contents, config}); the REST body it sends is
// {contents, systemInstruction, generationConfig}, each of which is one of
// its published types.
export interface GeminiRequest {
  contents: Wire<genai.Content>[];
  systemInstruction?: Wire<genai.Content>;
  generationConfig?: Wire<genai.GenerationConfig>;
}
// GenerateContentResponse is a class; its data fields, without the getters.
export type GeminiResponse = Wire<
  Pick<
    genai.GenerateContentResponse,
    | 'candidates'
    | 'createTime'
    | 'modelVersion'
    | 'promptFeedback'
    | 'responseId'
    | 'usageMetadata'
  >
>;
