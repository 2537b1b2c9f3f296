using MutualAid.Server.Federation;

namespace MutualAid.Server.Web.Members;

/// <summary>What an operators' page checks before acting: a signed-in member (a valid form for posts) who is an operator.</summary>
internal static class OperatorGuard
{
    public static async Task<(PageContext Page, IResult? Refusal)> RequireAsync(HttpContext http, bool post)
    {
        var (page, refusal) = await MemberPages.GuardAsync(http, slug: null, post: post);
        if (refusal is not null)
        {
            return (page, refusal);
        }

        var operators = http.RequestServices.GetRequiredService<InstanceOperators>();
        return await operators.IsOperatorAsync(page.UserId, page.Aborted) ? (page, null) : (page, MemberPages.Forbidden(page));
    }
}
