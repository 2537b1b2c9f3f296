using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Serialization;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Api;

/// <summary>Maps domain exceptions and request-parsing failures to problem+json answers.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            LogUnexpected(logger, exception, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationFailedException invalid => ValidationCodes.Attach(Validation(invalid.Errors.ToDictionary()), invalid.Messages),
        BadHttpRequestException { InnerException: JsonException json } => Validation(new Dictionary<string, string[]>
        {
            [MutualAidJson.FieldFromPath(json.Path)] = [JsonMessage(json)],
        }),
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Send application/json." : "The request could not be read.",
            Detail = bad.Message,
        },
        NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
        GoneException gone => new ProblemDetails
        {
            Status = StatusCodes.Status410Gone,
            Title = "Deleted.",
            Detail = gone.Message,
            Extensions = { ["deletedAt"] = gone.DeletedAt },
        },
        ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = forbidden.Message },
        VersionConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Someone else changed this first.",
            Detail = conflict.Message + " Reload, reapply your edit and send the new version.",
            Extensions = { ["currentVersion"] = conflict.CurrentVersion },
        },
        StateConflictException state => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict; nothing was changed.", Detail = state.Message },
        DuplicateException duplicate => Validation(new Dictionary<string, string[]> { [duplicate.Field] = [duplicate.Message] }, StatusCodes.Status409Conflict),
        _ => null,
    };

    private static HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest) =>
        new(errors)
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "The request is invalid; nothing was changed." : "Conflict; nothing was changed.",
        };

    private static string JsonMessage(JsonException json) =>
        json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unknown property." :
        json.Path is null or "$" ? "Malformed JSON: " + json.Message : "Wrong type or malformed value: " + json.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
